namespace Search.Core.Indexing;

/// <summary>Recognises a full disk among the exceptions a write throws, and names the disk that holds a path.</summary>
public static class DiskSpace
{
    // ENOSPC and EDQUOT on Linux; ERROR_HANDLE_DISK_FULL and ERROR_DISK_FULL on Windows.
    private static readonly HashSet<int> FullCodes = [28, 122, 39, 112, unchecked((int)0x80070027), unchecked((int)0x80070070)];

    /// <summary>True when <paramref name="e"/>, or an exception inside it, says the disk is full.</summary>
    public static bool IsFull(Exception? e) => e switch
    {
        null => false,
        AggregateException many => many.InnerExceptions.Any(IsFull),
        IOException io when FullCodes.Contains(io.HResult) || io.Message.Contains("No space left on device", StringComparison.OrdinalIgnoreCase) => true,
        _ => IsFull(e.InnerException),
    };

    /// <summary>The mount point that holds <paramref name="path"/>, with its free space: "/work (1.2 GB free of 250 GB)".</summary>
    public static string Describe(string path)
    {
        var full = Path.GetFullPath(path);
        try
        {
            var drive = DriveInfo.GetDrives()
                .Where(d => full.StartsWith(d.RootDirectory.FullName, StringComparison.Ordinal))
                .MaxBy(d => d.RootDirectory.FullName.Length);
            return drive is null ? full : $"{drive.RootDirectory.FullName} ({Size(drive.AvailableFreeSpace)} free of {Size(drive.TotalSize)})";
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return full;
        }
    }

    private static string Size(long bytes) => bytes switch
    {
        >= 1L << 30 => $"{bytes / (double)(1L << 30):0.0} GB",
        >= 1L << 20 => $"{bytes / (double)(1L << 20):0.0} MB",
        _ => $"{bytes / 1024.0:0.0} KB",
    };
}
