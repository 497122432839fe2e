using Search.Core.Searching;

namespace Search.Core.Tests.Searching;

/// <summary>Whatever the query string, the engine answers or throws its typed error; nothing else escapes.</summary>
[Collection(SampleIndexCollection.Name)]
public class HostileQueryTests(SampleIndexFixture index)
{
    private static readonly string[] Pieces =
        ["Iran", "syria", "\"", "(", ")", "[", "]", "{", "}", "*", "?", "~", "~2", "^3", "\\", "/", ":", "title:", "nosuch:", "country:",
         "published:", "AND", "OR", "NOT", "+", "-", "&&", "||", "!", " ", " ", "TO", "2014", "99999999999999999999", "é", "日本", "\u200B", "\u202E", "\0", "\t", "'", "’"];

    [Fact]
    public void ThousandsOfGeneratedQueries_NeverThrowAnythingButTheTypedError()
    {
        var random = new Random(20261123);
        for (var i = 0; i < 3000; i++)
        {
            var query = string.Concat(Enumerable.Range(0, random.Next(1, 12)).Select(_ => Pieces[random.Next(Pieces.Length)]));
            try
            {
                index.Search(query, r => r with { Limit = 5 });
            }
            catch (SearchQueryException e)
            {
                Assert.False(string.IsNullOrWhiteSpace(e.Code), query);
            }
            catch (Exception e)
            {
                Assert.Fail($"query {query!} threw {e.GetType().Name}: {e.Message}");
            }
        }
    }

    [Theory]
    [InlineData("*")]
    [InlineData("*an")]
    [InlineData("?ran")]
    [InlineData("Ira~")]
    public void LeadingWildcardsAndFuzzyTerms_RunWithinBounds(string query) => index.Search(query);

    [Fact]
    public void AnOverlongQuery_IsRefused()
    {
        var e = Assert.Throws<SearchQueryException>(() => index.Search(new string('a', SearchRequest.MaxQueryLength + 1)));
        Assert.Equal("query_too_long", e.Code);
    }
}

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
        using var searcher = new ArticleSearcher(index, Search.Core.Enrichment.EnrichmentData.Default.Gazetteer, TimeSpan.FromMilliseconds(50), new Search.Tests.Shared.SteppingClock());
        var e = Assert.Throws<SearchTimeoutException>(() => searcher.Search(new SearchRequest { Query = "canal" }));
        Assert.Contains("budget", e.Message);
        Assert.Equal(3, searcher.Search(new SearchRequest { Query = "\"Canal report 7\" OR \"Canal report 8\" OR \"Canal report 9\"" }).Total);
    }
}
