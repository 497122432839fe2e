namespace Search.Core.Ingest;

/// <summary>
/// Why a file or line was skipped (or read with a warning). <see cref="Line"/> is 1-based, null for whole files.
/// <see cref="UnreadType"/> is set for a file of a kind the indexer does not read (its extension), counted apart in
/// the run's summary.
/// </summary>
public sealed record IngestProblem(string File, int? Line, string Message, bool Skipped = true, string? UnreadType = null)
{
    public override string ToString() => Line is { } line ? $"{File}:{line}: {Message}" : $"{File}: {Message}";
}
