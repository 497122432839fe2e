using System.Diagnostics;
using System.Text.Json;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Search.Core.Indexing;
using Search.Core.Analysis;

namespace Search.Benchmarks;

/// <summary>
/// Lucene.Net's own indexing rate on this machine for the reference's job: the corpus's text into one body field
/// (standard analysis, positions, stored), an id, no enrichment, no facets, no offsets, the same writer settings and
/// threads as the indexer. It tells how much of the indexer's time is Lucene.Net itself, whatever our code does.
/// </summary>
public static class PlainIndexing
{
    public static string Run(string corpus, string index, int threads)
    {
        if (Directory.Exists(index))
        {
            Directory.Delete(index, recursive: true);
        }
        var clock = Stopwatch.StartNew();
        long bytes = 0;
        var count = 0;
        using (var directory = IndexStore.Open(index))
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(NewsAnalyzer.Version, new StandardAnalyzer(NewsAnalyzer.Version))
               { OpenMode = OpenMode.CREATE, RAMBufferSizeMB = 256, UseCompoundFile = false }))
        {
            Parallel.ForEach(File.ReadLines(corpus), new ParallelOptions { MaxDegreeOfParallelism = threads }, line =>
            {
                using var json = JsonDocument.Parse(line);
                var text = json.RootElement.GetProperty("text").GetString() ?? "";
                var id = json.RootElement.GetProperty("id").GetString() ?? "";
                writer.AddDocument(new Document { new StringField("id", id, Field.Store.YES), new TextField("body", text, Field.Store.YES) });
                Interlocked.Add(ref bytes, System.Text.Encoding.UTF8.GetByteCount(text));
                Interlocked.Increment(ref count);
            });
            writer.Commit();
        }
        var seconds = clock.Elapsed.TotalSeconds;
        return $"plain Lucene.Net indexing: {count:N0} articles, {bytes / 1e6:N0} MB of text in {seconds:0.0} s: {count / seconds:N0} articles/s, {bytes / 1e6 / seconds:0.0} MB/s ({threads} threads)";
    }
}
