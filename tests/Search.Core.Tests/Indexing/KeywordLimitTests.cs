using System.Text.Json;
using Search.Core.Enrichment;
using Search.Core.Indexing;
using Search.Core.Schema;
using Search.Core.Searching;

namespace Search.Core.Tests.Indexing;

public class KeywordLimitTests
{
    [Fact]
    public async Task AnOverlongKeywordValue_IsCut_AndTheRunGoesOn()
    {
        var corpus = TestPaths.NewTempFolder();
        var index = TestPaths.NewTempFolder();
        var huge = new string('O', 40_000);
        File.WriteAllLines(Path.Combine(corpus, "a.jsonl"),
        [
            JsonSerializer.Serialize(new { id = "huge", text = "A report on the canal.", outlet = huge, site = huge, authors = new[] { huge }, title = new string('T', 50_000), url = "https://x.example/" + new string('u', 40_000) }),
            JsonSerializer.Serialize(new { id = "plain", text = "Another report on the canal.", outlet = "Reuters" }),
        ]);
        // This record once made the indexer loop forever: bounded here so a regression fails instead of hanging.
        var run = Task.Run(() => new ArticleIndexer(new ArticleEnricher(EnrichmentData.Default)).Run([corpus], index, new IndexRunOptions()));
        Assert.True(await Task.WhenAny(run, Task.Delay(TimeSpan.FromSeconds(60))) == run, "indexing did not finish");
        Assert.Equal(2, (await run).Added);
        using var searcher = new ArticleSearcher(index, EnrichmentData.Default);
        var hit = searcher.Search(new SearchRequest { Query = "canal", Filters = new Dictionary<string, IReadOnlyList<string>> { ["outlet"] = [huge[..FieldCatalog.MaxKeywordLength]] } }).Hits.Single();
        Assert.Equal(FieldCatalog.MaxKeywordLength, hit.Article.Outlet!.Length);
        Assert.Equal("huge", hit.Article.Id);
    }
}

public class RefreshTests
{
    [Fact]
    public void Refresh_SaysTrueOnlyWhenAnIndexerCommittedSomethingNew()
    {
        var corpus = TestPaths.NewTempFolder();
        var index = TestPaths.NewTempFolder();
        File.WriteAllText(Path.Combine(corpus, "a.jsonl"), "{\"id\":\"a\",\"text\":\"First report.\"}\n");
        var indexer = new ArticleIndexer(new ArticleEnricher(EnrichmentData.Default));
        indexer.Run([corpus], index, new IndexRunOptions());
        using var searcher = new ArticleSearcher(index, EnrichmentData.Default);
        Assert.False(searcher.Refresh());
        Assert.False(searcher.Refresh());
        File.AppendAllText(Path.Combine(corpus, "a.jsonl"), "{\"id\":\"b\",\"text\":\"Second report.\"}\n");
        indexer.Run([corpus], index, new IndexRunOptions());
        Assert.True(searcher.Refresh());
        Assert.Equal(2, searcher.Count);
        Assert.False(searcher.Refresh());
    }
}
