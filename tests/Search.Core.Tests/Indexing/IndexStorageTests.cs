using System.Text.Json;
using Lucene.Net.Index;
using Search.Core.Enrichment;
using Search.Core.Indexing;
using Search.Core.Searching;
using Search.Core.Analysis;
using Search.Core.Schema;

namespace Search.Core.Tests.Indexing;

public class IndexStorageTests
{
    private static readonly ArticleIndexer Indexer = new(new ArticleEnricher(EnrichmentData.Default));

    [Fact]
    public void AVeryLongArticle_ComesBackWhole()
    {
        var corpus = TestPaths.NewTempFolder();
        var index = TestPaths.NewTempFolder();
        var text = string.Join("\n\n", Enumerable.Range(0, 4000).Select(i => $"Paragraph {i} of a very long report on Peña’s visit, with ünïcödé and emoji 🛰 text."));
        File.WriteAllText(Path.Combine(corpus, "long.jsonl"), JsonSerializer.Serialize(new { id = "long", text }) + "\n");
        Indexer.Run([corpus], index, new IndexRunOptions());
        using var searcher = new ArticleSearcher(index, EnrichmentData.Default);
        var article = searcher.Get("long")!.Article;
        Assert.True(text.Length > 4 * 32_000);
        Assert.Equal(text, article.Text);
        Assert.Equal("long", searcher.Search(new SearchRequest { Query = "\"Paragraph 3999\"" }).Hits.Single().Article.Id);
    }

    [Fact]
    public void AnIndexOfAnotherLayout_IsRefusedWithTheRebuildCommand()
    {
        var index = TestPaths.NewTempFolder();
        Indexer.Run([TestPaths.SampleArticles], index, new IndexRunOptions());
        using (var directory = IndexStore.Open(index))
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(NewsAnalyzer.Version, FieldAnalyzers.Search)))
        {
            writer.SetCommitData(new Dictionary<string, string> { [IndexFields.SchemaKey] = "1" });
            writer.Commit();
        }
        var e = Assert.Throws<IndexUnusableException>(() => new ArticleSearcher(index, EnrichmentData.Default));
        Assert.Contains("another version", e.Message);
        Assert.Contains("index --rebuild", e.Message);
        Assert.Throws<IndexUnusableException>(() => Indexer.Run([TestPaths.SampleArticles], index, new IndexRunOptions()));
        Assert.Equal(5, Indexer.Run([TestPaths.SampleArticles], index, new IndexRunOptions { Rebuild = true }).Added);
    }

    [Fact]
    public void ADamagedIndex_IsRefusedNotServedWrong()
    {
        var index = TestPaths.NewTempFolder();
        Indexer.Run([TestPaths.SampleArticles], index, new IndexRunOptions());
        var largest = new DirectoryInfo(index).GetFiles().Where(f => f.Name != "segments.gen" && !f.Name.StartsWith("segments_")).MaxBy(f => f.Length)!;
        using (var stream = File.Open(largest.FullName, FileMode.Open))
        {
            stream.SetLength(stream.Length / 2);
        }
        var e = Assert.Throws<IndexUnusableException>(() =>
        {
            using var searcher = new ArticleSearcher(index, EnrichmentData.Default);
            searcher.Search(new SearchRequest { Query = "Iran" });
        });
        Assert.Contains("damaged", e.Message);
        Assert.Contains("--rebuild", e.Message);
    }
}
