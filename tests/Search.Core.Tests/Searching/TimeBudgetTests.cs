using Search.Core.Searching;
using Search.Core.Errors;

namespace Search.Core.Tests.Searching;

/// <summary>A search past its time budget is stopped with a typed error; the searcher goes on answering.</summary>
public class TimeBudgetTests
{
    [Fact]
    public void ASearchPastItsBudget_IsStopped_AndTheNextOneAnswers()
    {
        var index = TestPaths.NewTempFolder();
        var corpus = TestPaths.NewTempFolder();
        File.WriteAllLines(Path.Combine(corpus, "a.jsonl"), Enumerable.Range(0, 300).Select(i => $"{{\"id\":\"t{i}\",\"text\":\"Canal report {i}.\"}}"));
        new Search.Core.Indexing.ArticleIndexer(new Search.Core.Enrichment.ArticleEnricher(Search.Core.Enrichment.EnrichmentData.Default))
            .Run([corpus], index, new Search.Core.Indexing.IndexRunOptions());
        using var searcher = new ArticleSearcher(index, Search.Core.Enrichment.EnrichmentData.Default, TimeSpan.FromMilliseconds(50), new Search.Tests.Shared.SteppingClock());
        var e = Assert.Throws<SearchTimeoutException>(() => searcher.Search(new SearchRequest { Query = "canal" }));
        Assert.Contains("budget", e.Message);
        Assert.Equal(3, searcher.Search(new SearchRequest { Query = "\"Canal report 7\" OR \"Canal report 8\" OR \"Canal report 9\"" }).Total);
    }
}
