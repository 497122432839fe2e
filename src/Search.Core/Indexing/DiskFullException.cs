namespace Search.Core.Indexing;

/// <summary>A write stopped because the disk is full. What was committed before stays whole; the message names the disk.</summary>
public sealed class DiskFullException(string path, Exception inner)
    : Exception($"the disk is full while writing {Path.GetFullPath(path)}: {DiskSpace.Describe(path)}. " +
                "Nothing was left half-written; the last commit is whole. Free space on that disk and run the command again.", inner);
