using System.Diagnostics;
using Lucene.Net.Index;

namespace Search.Core.Indexing;

/// <summary>
/// Copies the index's last commit to a backup folder (<c>backup</c>), consistently while a service serves and an
/// indexer writes: the commit is pinned (<see cref="CommitPins"/>) so no writer deletes its files during the copy, and
/// Lucene never changes a file once written, so the copy is that commit and nothing newer. Incremental: a file the
/// target already holds with the same length and the same checksum footer is not copied again. The target's own
/// commit file is written last, through a temporary name, and files of its older backups are removed only after it, so
/// a backup killed at any point leaves the target's previous backup whole. The target is itself an index folder:
/// restoring means pointing <c>Search:IndexPath</c> at it.
/// </summary>
public static class IndexBackup
{
    private const string Partial = ".partial";
    private const int Tail = 16;

    public static BackupSummary Run(string indexPath, string targetPath, long maxBytesPerSecond = 0, CancellationToken cancel = default) =>
        Run(indexPath, targetPath, maxBytesPerSecond, IndexStore.Open, cancel);

    /// <summary>As <see cref="Run(string, string, long, CancellationToken)"/>, with the backup folder opened by <c>openTarget</c> (tests pass a directory that fails on write).</summary>
    internal static BackupSummary Run(string indexPath, string targetPath, long maxBytesPerSecond, Func<string, Lucene.Net.Store.Directory> openTarget,
        CancellationToken cancel = default)
    {
        var clock = Stopwatch.StartNew();
        var source = Path.GetFullPath(indexPath);
        var target = Path.GetFullPath(targetPath);
        if (!IndexStore.Exists(source))
        {
            throw new IndexUnusableException(source, "there is no index to back up here", "Give the index folder with --index.");
        }
        if (IsWithin(target, source) || IsWithin(source, target))
        {
            throw new ArgumentException($"the backup folder {target} must be outside the index folder {source}, and the other way round");
        }
        Directory.CreateDirectory(target);
        using var directory = IndexStore.Open(source);
        using var output = openTarget(target);
        for (var attempt = 1; ; attempt++)
        {
            var commit = DirectoryReader.ListCommits(directory)[^1];
            using var pin = CommitPins.Pin(source, commit.Generation);
            try
            {
                return Copy(commit, source, output, target, maxBytesPerSecond, clock, cancel);
            }
            catch (FileNotFoundException) when (attempt < 5)
            {
                // A writer removed this commit before the pin was in place: the next one is copied instead.
            }
            catch (Exception e) when (DiskSpace.IsFull(e))
            {
                // The target's earlier backup is whole (its commit file was not replaced); the partial copy goes, to free the disk.
                foreach (var partial in Directory.EnumerateFiles(target, "*" + Partial))
                {
                    File.Delete(partial);
                }
                throw new DiskFullException(target, e);
            }
        }
    }

    private static BackupSummary Copy(IndexCommit commit, string source, Lucene.Net.Store.Directory output, string target,
        long maxBytesPerSecond, Stopwatch clock, CancellationToken cancel)
    {
        int copied = 0, kept = 0;
        long bytes = 0;
        var throttle = new Throttle(maxBytesPerSecond);
        var files = commit.FileNames.ToHashSet(StringComparer.Ordinal);
        // The commit file last: until it is in place, the target opens as its previous backup.
        foreach (var file in files.OrderBy(f => f == commit.SegmentsFileName).ThenBy(f => f, StringComparer.Ordinal))
        {
            cancel.ThrowIfCancellationRequested();
            if (SameFile(Path.Combine(source, file), Path.Combine(target, file)))
            {
                kept++;
                continue;
            }
            bytes += CopyFile(Path.Combine(source, file), output, target, file, throttle, cancel);
            copied++;
        }
        foreach (var old in Directory.EnumerateFiles(target).Select(Path.GetFileName).OfType<string>())
        {
            if (!files.Contains(old) && (old.StartsWith('_') || old.StartsWith("segments", StringComparison.Ordinal) || old.EndsWith(Partial, StringComparison.Ordinal)))
            {
                File.Delete(Path.Combine(target, old));
            }
        }
        using var backup = IndexStore.Open(target);
        using var copy = DirectoryReader.Open(backup);
        using var original = DirectoryReader.Open(commit);
        if (copy.NumDocs != original.NumDocs || copy.IndexCommit.Generation != commit.Generation)
        {
            throw new IOException($"the backup in {target} does not read back as the commit it copied (generation {commit.Generation}, {original.NumDocs} articles)");
        }
        return new BackupSummary(target, commit.Generation, copy.NumDocs, copied, kept, bytes, clock.Elapsed);
    }

    // Lucene writes each file once under a new name; the length and the checksum footer tell a file already backed up
    // from one of the same name in another index.
    private static bool SameFile(string from, string to)
    {
        var a = new FileInfo(from);
        var b = new FileInfo(to);
        if (!b.Exists || a.Length != b.Length)
        {
            return false;
        }
        if (a.Length < Tail)
        {
            return File.ReadAllBytes(from).AsSpan().SequenceEqual(File.ReadAllBytes(to));
        }
        return ReadTail(from).AsSpan().SequenceEqual(ReadTail(to));
    }

    private static byte[] ReadTail(string path)
    {
        using var stream = File.OpenRead(path);
        stream.Seek(-Tail, SeekOrigin.End);
        var tail = new byte[Tail];
        stream.ReadExactly(tail);
        return tail;
    }

    // Written under a temporary name through the target's Lucene directory, synced, then moved into place.
    private static long CopyFile(string from, Lucene.Net.Store.Directory output, string target, string name, Throttle throttle, CancellationToken cancel)
    {
        var partial = name + Partial;
        long total = 0;
        using (var input = new FileStream(from, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1 << 16))
        using (var copy = output.CreateOutput(partial, Lucene.Net.Store.IOContext.DEFAULT))
        {
            var buffer = new byte[1 << 16];
            int read;
            while ((read = input.Read(buffer)) > 0)
            {
                cancel.ThrowIfCancellationRequested();
                copy.WriteBytes(buffer, 0, read);
                total += read;
                throttle.Spent(read);
            }
        }
        output.Sync([partial]);
        File.Move(Path.Combine(target, partial), Path.Combine(target, name), overwrite: true);
        return total;
    }

    private static bool IsWithin(string path, string folder)
    {
        var relative = Path.GetRelativePath(folder, path);
        return relative == "." || (!relative.StartsWith("..", StringComparison.Ordinal) && !Path.IsPathRooted(relative));
    }

    /// <summary>Sleeps as needed to keep to a byte rate (0: no limit), so a backup need not starve the service's disk.</summary>
    private sealed class Throttle(long bytesPerSecond)
    {
        private readonly Stopwatch _clock = Stopwatch.StartNew();
        private long _spent;

        public void Spent(int bytes)
        {
            if (bytesPerSecond <= 0)
            {
                return;
            }
            _spent += bytes;
            var due = TimeSpan.FromSeconds(_spent / (double)bytesPerSecond) - _clock.Elapsed;
            if (due > TimeSpan.Zero)
            {
                Thread.Sleep(due);
            }
        }
    }
}

/// <summary>What a backup copied: the commit's generation and articles, files copied and kept from an earlier backup.</summary>
public sealed record BackupSummary(string Target, long Generation, int Articles, int FilesCopied, int FilesKept, long BytesCopied, TimeSpan Elapsed)
{
    public override string ToString() =>
        $"backed up commit {Generation} ({Articles:N0} articles) to {Target}: {FilesCopied} files copied ({BytesCopied / 1048576.0:0.0} MB), " +
        $"{FilesKept} kept from the earlier backup, in {Elapsed.TotalSeconds:0.0} s";
}
