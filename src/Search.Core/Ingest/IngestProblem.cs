namespace Search.Core.Ingest;

/// <summary>Why a file or line was skipped (or read with a warning). <see cref="Line"/> is 1-based, null for whole files.</summary>
public sealed record IngestProblem(string File, int? Line, string Message, bool Skipped = true)
{
    public override string ToString() => Line is { } line ? $"{File}:{line}: {Message}" : $"{File}: {Message}";
}
