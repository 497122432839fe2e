using Lucene.Net.Index;
using Search.Core.Enrichment;
using Search.Core.Indexing;
using Search.Core.Analysis;
using Search.Core.Schema;

namespace Search.Core.Tests.Indexing;

public class ArticleIndexerTests
{
    private static readonly ArticleIndexer Indexer = new(new ArticleEnricher(EnrichmentData.Default));

    private static string Article(string dir, string name, string text)
    {
        var path = Path.Combine(dir, name);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void ReindexingTheSameArticles_SkipsUnchangedAndReplacesChanged()
    {
        var corpus = TestPaths.NewTempFolder();
        var index = TestPaths.NewTempFolder();
        Article(corpus, "a.txt", "The first article says something long enough to be a sentence.");
        Article(corpus, "b.txt", "The second article says something long enough to be a sentence.");
        var first = Indexer.Run([corpus], index, new IndexRunOptions());
        Assert.Equal((2, 0, 0), (first.Added, first.Updated, first.Unchanged));

        Article(corpus, "b.txt", "The second article now says something else, long enough to count.");
        var second = Indexer.Run([corpus], index, new IndexRunOptions());
        Assert.Equal((0, 1, 1), (second.Added, second.Updated, second.Unchanged));
        using var reader = DirectoryReader.Open(IndexStore.Open(index));
        Assert.Equal(2, reader.NumDocs);
    }

    [Fact]
    public void AnIdReadTwiceInARun_KeepsTheCopyReadLast()
    {
        var corpus = TestPaths.NewTempFolder();
        var index = TestPaths.NewTempFolder();
        var lines = Enumerable.Range(0, 200).Select(i => System.Text.Json.JsonSerializer.Serialize(new { id = $"n{i % 50}", text = $"Copy {i} of article {i % 50} says something long enough." }));
        Article(corpus, "many.jsonl", string.Join("\n", lines) + "\n");
        var run = Indexer.Run([corpus], index, new IndexRunOptions { Threads = 2 });
        Assert.Equal(150, run.Problems.Count(p => p.Message.Contains("already read in this run")));
        using var searcher = new Search.Core.Searching.ArticleSearcher(index, EnrichmentData.Default);
        Assert.Equal(50, searcher.Search(new Search.Core.Searching.SearchRequest { Query = "article" }).Total);
        for (var i = 0; i < 50; i++)
        {
            Assert.StartsWith($"Copy {150 + i} of", searcher.Get($"n{i}")!.Article.Text);
        }
    }

    [Fact]
    public void Prune_RemovesArticlesWhoseSourceIsGone()
    {
        var corpus = TestPaths.NewTempFolder();
        var index = TestPaths.NewTempFolder();
        Article(corpus, "a.txt", "The first article says something long enough to be a sentence.");
        var gone = Article(corpus, "b.txt", "The second article says something long enough to be a sentence.");
        Indexer.Run([corpus], index, new IndexRunOptions());
        File.Delete(gone);
        var run = Indexer.Run([corpus], index, new IndexRunOptions { Prune = true });
        Assert.Equal(1, run.Deleted);
        using var reader = DirectoryReader.Open(IndexStore.Open(index));
        Assert.Equal(1, reader.NumDocs);
    }

    [Fact]
    public void ASecondIndexer_GetsAClearLockedError()
    {
        var index = TestPaths.NewTempFolder();
        using var directory = IndexStore.Open(index);
        using var holder = new IndexWriter(directory, new IndexWriterConfig(NewsAnalyzer.Version, FieldAnalyzers.Search));
        var e = Assert.Throws<IndexLockedException>(() => Indexer.Run([TestPaths.SampleArticles], index, new IndexRunOptions()));
        Assert.Contains("index is locked by another indexer", e.Message);
    }
}
