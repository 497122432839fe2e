namespace Search.Core.Indexing;

/// <summary>Another indexer holds the index's write lock.</summary>
public sealed class IndexLockedException(string indexPath, Exception inner)
    : Exception($"index is locked by another indexer: {indexPath} (wait for it to finish)", inner);
