namespace Search.Core.Indexing;

/// <summary>A snapshot of a running indexing job, reported about once a second.</summary>
public readonly record struct IndexProgress(int Read, int Written, int Skipped, long TextBytes, TimeSpan Elapsed)
{
    public double ArticlesPerSecond => Elapsed.TotalSeconds > 0 ? Read / Elapsed.TotalSeconds : 0;
}
