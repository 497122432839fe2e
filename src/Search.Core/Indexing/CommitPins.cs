using Lucene.Net.Index;

namespace Search.Core.Indexing;

/// <summary>
/// Commits that a backup is copying, kept while it copies, across processes. Lucene's <c>SnapshotDeletionPolicy</c>
/// keeps a commit only for its own writer's process; a backup runs beside the indexer. So a backup pins the commit it
/// copies with a file <c>backup-pins/GENERATION.ID.pin</c> in the index folder, opened exclusively for as long as it
/// copies, and every writer's <see cref="DeletionPolicy"/> keeps pinned commits past its next commits. A pin whose
/// process is gone (killed) can be opened exclusively, and the policy removes it.
/// </summary>
public static class CommitPins
{
    public const string Folder = "backup-pins";

    /// <summary>Pins the commit of <paramref name="generation"/> until the returned handle is disposed.</summary>
    public static IDisposable Pin(string indexPath, long generation)
    {
        var folder = Path.Combine(indexPath, Folder);
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, $"{generation}.{Guid.NewGuid():N}.pin");
        return new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
    }

    /// <summary>The generations pinned by a running backup; pins left by a killed one are removed.</summary>
    public static HashSet<long> Held(string indexPath)
    {
        var held = new HashSet<long>();
        var folder = Path.Combine(indexPath, Folder);
        if (!Directory.Exists(folder))
        {
            return held;
        }
        foreach (var pin in Directory.EnumerateFiles(folder, "*.pin"))
        {
            if (!long.TryParse(Path.GetFileName(pin).Split('.')[0], out var generation))
            {
                continue;
            }
            try
            {
                using (new FileStream(pin, FileMode.Open, FileAccess.ReadWrite, FileShare.None))
                {
                    File.Delete(pin);
                }
            }
            catch (FileNotFoundException)
            {
                // Its backup finished meanwhile.
            }
            catch (IOException)
            {
                held.Add(generation);
            }
        }
        return held;
    }

    /// <summary>Keeps the newest commit and every pinned one, as Lucene's default keeps only the newest.</summary>
    public sealed class DeletionPolicy(string indexPath) : IndexDeletionPolicy
    {
        public override void OnInit<T>(IList<T> commits) => OnCommit(commits);

        public override void OnCommit<T>(IList<T> commits)
        {
            if (commits.Count < 2)
            {
                return;
            }
            var held = Held(indexPath);
            for (var i = 0; i < commits.Count - 1; i++)
            {
                if (!held.Contains(commits[i].Generation))
                {
                    commits[i].Delete();
                }
            }
        }
    }
}
