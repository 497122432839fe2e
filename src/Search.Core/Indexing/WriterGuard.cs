namespace Search.Core.Indexing;

/// <summary>
/// Keeps a second indexer process away: an exclusively opened <c>indexer.lock</c> in the index folder, held while
/// anything writes. Lucene.Net's own write lock was measured not to exclude another process on Linux (only other
/// writers in the same process), so this file lock is what makes "one writer per index" hold across processes.
/// </summary>
public sealed class WriterGuard : IDisposable
{
    public const string FileName = "indexer.lock";
    private readonly FileStream _lock;

    private WriterGuard(FileStream stream) => _lock = stream;

    public static WriterGuard Acquire(string indexPath)
    {
        Directory.CreateDirectory(indexPath);
        try
        {
            return new WriterGuard(new FileStream(Path.Combine(indexPath, FileName), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
        }
        catch (IOException e)
        {
            throw new IndexLockedException(indexPath, e);
        }
    }

    public void Dispose() => _lock.Dispose();
}
