namespace Search.Indexer;

/// <summary>The indexer's documented exit codes.</summary>
public static class ExitCodes
{
    /// <summary>Every input was read.</summary>
    public const int Ok = 0;

    /// <summary>The run finished, but some files or lines were skipped (each is reported on standard error).</summary>
    public const int SomeSkipped = 1;

    /// <summary>The run could not start: bad arguments, unreadable data folder.</summary>
    public const int Failed = 2;

    /// <summary>Another indexer holds the index's lock.</summary>
    public const int IndexLocked = 3;

    /// <summary>The disk filled up: the run stopped, and the index (or backup) keeps its last whole commit.</summary>
    public const int DiskFull = 4;

    /// <summary><c>verify</c> found damage in the index or the state database.</summary>
    public const int Damaged = 5;
}
