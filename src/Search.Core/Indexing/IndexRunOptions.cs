namespace Search.Core.Indexing;

/// <summary>How an indexing run treats what the index already holds.</summary>
public sealed record IndexRunOptions
{
    /// <summary>Start from an empty index. Default: false (upsert into the existing one).</summary>
    public bool Rebuild { get; init; }

    /// <summary>Remove articles this run did not read (their source is gone). Default: false.</summary>
    public bool Prune { get; init; }

    /// <summary>Commit at least this often so searchers see progress and a killed run loses little. Default: 30 s.</summary>
    public TimeSpan CommitInterval { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Enrichment and indexing threads. Default: one per core.</summary>
    public int Threads { get; init; } = Environment.ProcessorCount;

    /// <summary>The clock that stamps when the index received each article (<c>added</c>). Default: the system's.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>Opens the index folder instead of <see cref="IndexStore.Open"/>: tests pass a directory that fails on write.</summary>
    internal Func<string, Lucene.Net.Store.Directory>? OpenDirectory { get; init; }
}
