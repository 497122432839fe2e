using System.Text.Json;
using Search.Core.Enrichment;
using Search.Core.Indexing;
using Search.Core.Searching;

namespace Search.Core.Tests.Searching;

public class ConcurrencyTests
{
    [Fact]
    public async Task SearchesKeepAnsweringWhileTheIndexerWrites_AndTotalsNeverGoBackwards()
    {
        var index = TestPaths.NewTempFolder();
        var corpus = TestPaths.NewTempFolder();
        const int count = 3000;
        File.WriteAllLines(Path.Combine(corpus, "a.jsonl"), Enumerable.Range(0, count).Select(i =>
            JsonSerializer.Serialize(new { id = $"c-{i}", text = $"Shipping report {i} on the canal." })));
        var indexer = new ArticleIndexer(new ArticleEnricher(EnrichmentData.Default));
        indexer.Run([TestPaths.SampleArticles], index, new IndexRunOptions());

        using var searcher = new ArticleSearcher(index, EnrichmentData.Default);
        var writing = Task.Run(() => indexer.Run([corpus], index, new IndexRunOptions { CommitInterval = TimeSpan.FromMilliseconds(100) }));
        var totals = new List<int>();
        while (!writing.IsCompleted)
        {
            searcher.Refresh();
            totals.Add(searcher.Search(new SearchRequest { Query = "canal", Facets = ["year"] }).Total);
            await Task.Delay(5);
        }
        await writing;
        searcher.Refresh();
        totals.Add(searcher.Search(new SearchRequest { Query = "canal" }).Total);

        Assert.True(totals.Count > 1);
        Assert.Equal(totals.Order(), totals);
        Assert.Equal(count, totals[^1]);
        Assert.Equal(count + 5, searcher.Stats().Articles); // each article once
    }
}

[Collection(SampleIndexCollection.Name)]
public class ParallelSearchTests(SampleIndexFixture index)
{
    [Fact]
    public void ManySearchesAtOnce_GiveTheSameAnswersAsOneAtATime()
    {
        string[] queries = ["harbour", "Iran", "", "strike", "Kuril*", "\"the strike was\"", "Syria OR Iraq"];
        var expected = queries.ToDictionary(q => q, q => Summary(index.Search(q, r => r with { Facets = ["outlet", "country", "person", "year"] })));
        Parallel.For(0, 400, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            var q = queries[i % queries.Length];
            Assert.Equal(expected[q], Summary(index.Search(q, r => r with { Facets = ["outlet", "country", "person", "year"] })));
        });
    }

    private static string Summary(Search.Core.Searching.SearchResult r) =>
        $"{r.Total}|{string.Join(",", r.Hits.Select(h => h.Article.Id))}|" +
        string.Join(";", r.Facets.Select(f => f.Key + ":" + string.Join(",", f.Value.Select(v => $"{v.Value}={v.Count}"))));
}
