using System.Text.Json;
using Search.Core.Enrichment;
using Search.Core.Indexing;
using Search.Core.Searching;

namespace Search.Core.Tests.Facets;

public class FilterCacheTests
{
    private static void Write(string corpus, params (string Id, string Outlet)[] articles) =>
        File.WriteAllLines(Path.Combine(corpus, "articles.jsonl"),
            articles.Select(a => JsonSerializer.Serialize(new { id = a.Id, outlet = a.Outlet, text = $"Harbour report {a.Id} on shipping." })));

    private static List<string> Ids(ArticleSearcher searcher, string outlet) =>
        searcher.Search(new SearchRequest { Query = "harbour", Filters = new Dictionary<string, IReadOnlyList<string>> { ["outlet"] = [outlet] } })
            .Hits.Select(h => h.Article.Id).Order().ToList();

    [Fact]
    public void AFilterUsedBeforeAnUpdate_FollowsTheUpdatedArticles()
    {
        var corpus = TestPaths.NewTempFolder();
        var index = TestPaths.NewTempFolder();
        var indexer = new ArticleIndexer(new ArticleEnricher(EnrichmentData.Default));
        Write(corpus, ("a", "Harbour Times"), ("b", "Port Gazette"), ("c", "Harbour Times"));
        indexer.Run([corpus], index, new IndexRunOptions());
        using var searcher = new ArticleSearcher(index, EnrichmentData.Default);
        Assert.Equal(["a", "c"], Ids(searcher, "Harbour Times"));
        Assert.Equal(["a", "c"], Ids(searcher, "harbour times")); // the same filter again, from its cached bits

        // "a" moves to the other outlet and "d" arrives: a new segment, and a deletion in the old one.
        Write(corpus, ("a", "Port Gazette"), ("b", "Port Gazette"), ("c", "Harbour Times"), ("d", "Harbour Times"));
        indexer.Run([corpus], index, new IndexRunOptions());
        searcher.Refresh();
        Assert.Equal(["c", "d"], Ids(searcher, "Harbour Times"));
        Assert.Equal(["a", "b"], Ids(searcher, "Port Gazette"));
    }
}
