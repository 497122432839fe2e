using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Search.Core.Analysis;
using Search.Core.Schema;
using Directory = Lucene.Net.Store.Directory;

namespace Search.Core.Indexing;

/// <summary>Opens the index folder the one way this project does: <see cref="PositionalReadDirectory"/> (one system call
/// a read, no lock; MMap is slower and crash-prone under concurrent search in this Lucene.Net version), and the
/// per-field analysis every writer and parser shares.</summary>
public static class IndexStore
{
    public static Directory Open(string path)
    {
        System.IO.Directory.CreateDirectory(path);
        return new PositionalReadDirectory(new DirectoryInfo(path));
    }

    public static bool Exists(string path) =>
        System.IO.Directory.Exists(path) && DirectoryReader.IndexExists(new PositionalReadDirectory(new DirectoryInfo(path)));

    /// <summary>
    /// Refuses an index this version cannot search: one written by another layout version, or one whose files are
    /// damaged. The message names the problem and the command that mends it: <c>reindex</c> for an older layout it can
    /// rebuild from itself, a rebuild from the original files otherwise.
    /// </summary>
    public static void CheckSchema(Directory directory, string path)
    {
        var version = Layout(directory, path);
        if (version != IndexFields.SchemaVersion)
        {
            var older = IndexFields.ReindexableLayouts.Contains(version);
            throw new IndexUnusableException(path, $"the index was built by {(older ? "an older" : "another")} version of this program (layout {version}; this one reads {IndexFields.SchemaVersion})",
                older ? IndexUnusableException.RebuildFromItself(path) : null);
        }
    }

    /// <summary>The layout version of the index's last commit; damaged files are an <see cref="IndexUnusableException"/>.</summary>
    public static string Layout(Directory directory, string path)
    {
        IDictionary<string, string> data;
        try
        {
            using var reader = DirectoryReader.Open(directory);
            data = reader.IndexCommit.UserData;
            foreach (var leaf in reader.Leaves)
            {
                // Reading every segment's metadata finds truncated or missing files now, not in the middle of a search.
                _ = leaf.AtomicReader.FieldInfos.Count;
            }
        }
        catch (Exception e) when (e is IOException or CorruptIndexException or IndexFormatTooOldException or IndexFormatTooNewException or EndOfStreamException)
        {
            throw new IndexUnusableException(path, $"the index files are damaged ({e.GetType().Name}: {e.Message.Split('\n')[0].Trim()})");
        }
        return data.TryGetValue(IndexFields.SchemaKey, out var v) ? v : "1";
    }

    /// <summary>
    /// How every writer of an index folder writes: the writer's analysis, plain segment files rather than compound
    /// ones (searches read them through larger buffers), and commits pinned by a running backup kept until it is done
    /// (<see cref="CommitPins"/>).
    /// </summary>
    public static IndexWriterConfig WriterConfig(string indexPath, OpenMode mode) => new(NewsAnalyzer.Version, FieldAnalyzers.Writer)
    {
        OpenMode = mode,
        RAMBufferSizeMB = 256,
        UseCompoundFile = false,
        MergePolicy = new TieredMergePolicy { NoCFSRatio = 0 },
        IndexDeletionPolicy = new CommitPins.DeletionPolicy(indexPath),
    };

    /// <summary>The commit data every commit carries.</summary>
    public static IDictionary<string, string> CommitData() => new Dictionary<string, string>
    {
        [IndexFields.SchemaKey] = IndexFields.SchemaVersion,
        ["updated"] = DateTime.UtcNow.ToString("O"),
    };
}
