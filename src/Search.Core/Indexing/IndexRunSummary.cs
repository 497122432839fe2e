using Search.Core.Ingest;

namespace Search.Core.Indexing;

/// <summary>What an indexing run did. Exit code 0 only when nothing was skipped.</summary>
public sealed record IndexRunSummary(
    int Read, int Added, int Updated, int Unchanged, int Deleted, long TextBytes, TimeSpan Elapsed,
    TimeSpan EnrichmentTime, IReadOnlyList<IngestProblem> Problems)
{
    public int Skipped => Problems.Count(p => p.Skipped);

    /// <summary>Files of kinds the indexer does not read, counted by extension.</summary>
    public IReadOnlyDictionary<string, int> NotRead => Problems.Where(p => p.UnreadType is not null)
        .GroupBy(p => p.UnreadType!).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count());

    public override string ToString() =>
        $"read {Read}, added {Added}, updated {Updated}, unchanged {Unchanged}, deleted {Deleted}, skipped {Skipped} " +
        $"in {Elapsed.TotalSeconds:0.0} s ({(Elapsed.TotalSeconds > 0 ? Read / Elapsed.TotalSeconds : 0):0} articles/s; enrichment {EnrichmentTime.TotalSeconds:0.0} s of thread time)" +
        (NotRead.Count == 0 ? "" : $"; not read: {string.Join(", ", NotRead.Select(kv => $"{kv.Value} {kv.Key}"))}");
}
