using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Directory = Lucene.Net.Store.Directory;

namespace Search.Core.Indexing;

/// <summary>Opens the index folder the one way this project does: <c>NIOFSDirectory</c> (MMap is slower and crash-prone
/// under concurrent search in this Lucene.Net version), and the per-field analysis every writer and parser shares.</summary>
public static class IndexStore
{
    public static Directory Open(string path)
    {
        System.IO.Directory.CreateDirectory(path);
        return new NIOFSDirectory(new DirectoryInfo(path));
    }

    public static bool Exists(string path) =>
        System.IO.Directory.Exists(path) && DirectoryReader.IndexExists(new NIOFSDirectory(new DirectoryInfo(path)));

    /// <summary>Stemmed English for text fields, unstemmed for their exact copies, whole values for keywords.</summary>
    public static Analyzer Analyzer { get; } = new PerFieldAnalyzerWrapper(NewsAnalyzer.Stemmed, new Dictionary<string, Analyzer>
    {
        [IndexFields.TitleExact] = NewsAnalyzer.Exact,
        [IndexFields.BodyExact] = NewsAnalyzer.Exact,
    });
}
