using System.Text.Json;
using Search.Core.Enrichment;
using Search.Core.Indexing;
using Search.Core.Searching;
using Search.Core.Coverage;

namespace Search.Core.Tests.Coverage;

/// <summary>Comparing outlets (distinctive terms) and the timeline split by outlet, normalised by each outlet's output.</summary>
public class CoverageTests : IDisposable
{
    private readonly ArticleSearcher _searcher;

    public CoverageTests()
    {
        var corpus = TestPaths.NewTempFolder();
        var index = TestPaths.NewTempFolder();
        var lines = new List<string>();
        string[] filler = ["The council met again this week.", "Officials gave few details.", "Residents were told to wait for news."];
        for (var i = 0; i < 12; i++)
        {
            // The Drone Herald writes of drone strikes near the border and of General Adebayo Okafor; the Grain Post of
            // grain exports through the port and of Minister Ingrid Halvorsen. Both cover the same crisis.
            lines.Add(JsonSerializer.Serialize(new
            {
                id = $"drone-{i}", outlet = "Drone Herald", published = $"{2020 + i % 2}-03-01",
                text = $"The border crisis deepened as drone strikes hit villages near Kessa. General Adebayo Okafor said drone strikes would continue. {filler[i % 3]} The crisis worried Nigeria.",
            }));
            lines.Add(JsonSerializer.Serialize(new
            {
                id = $"grain-{i}", outlet = "Grain Post", published = $"{2020 + i % 2}-03-01",
                text = $"The border crisis slowed grain exports through the port of Kessa. Minister Ingrid Halvorsen said grain exports would recover. {filler[i % 3]} The crisis worried Norway.",
            }));
        }
        // The Grain Post also publishes much that is not about the crisis: its share of crisis stories is smaller.
        for (var i = 0; i < 36; i++)
        {
            lines.Add(JsonSerializer.Serialize(new { id = $"other-{i}", outlet = "Grain Post", published = "2021-06-01", text = $"Market report {i}: prices were steady and trading was calm." }));
        }
        File.WriteAllLines(Path.Combine(corpus, "coverage.jsonl"), lines);
        new ArticleIndexer(new ArticleEnricher(EnrichmentData.Default)).Run([corpus], index, new IndexRunOptions());
        _searcher = new ArticleSearcher(index, EnrichmentData.Default);
    }

    public void Dispose() => _searcher.Dispose();

    [Fact]
    public void Compare_FindsEachOutletsOwnWordsPhrasesPeopleAndCountries()
    {
        var result = _searcher.Compare(new SearchRequest { Query = "crisis" }, "outlet", [], size: 10);
        Assert.Equal(24, result.Total);
        var drone = result.Values.Single(v => v.Value == "Drone Herald");
        var grain = result.Values.Single(v => v.Value == "Grain Post");
        Assert.Equal((12, 12), (drone.Articles, grain.Articles));
        Assert.Contains(drone.Words, t => t.Term == "drone" && t.Count == 12 && t.OtherCount == 0 && t.Score >= LogLikelihood.Significant);
        Assert.Contains(grain.Words, t => t.Term == "grain");
        Assert.Contains(drone.Phrases, t => t.Term == "drone strikes");
        Assert.Contains(grain.Phrases, t => t.Term == "grain exports");
        Assert.Contains(drone.People, t => t.Term == "Adebayo Okafor");
        Assert.Contains(grain.Countries, t => t.Term == "NO" && t.Name == "Norway");
        // Shared words and stop words are not distinctive of either.
        Assert.DoesNotContain(drone.Words.Concat(grain.Words), t => t.Term is "crisis" or "border" or "kessa" or "the" or "said" or "would");
    }

    [Fact]
    public void Compare_RefusesOneOrElevenValues_AndAnUnknownValueHasNoArticles()
    {
        Assert.Equal("values", Assert.Throws<Errors.SearchRequestException>(() => _searcher.Compare(new SearchRequest(), "outlet", ["Drone Herald"], 10)).Parameter);
        Assert.Equal("values", Assert.Throws<Errors.SearchRequestException>(() => _searcher.Compare(new SearchRequest(), "outlet", Enumerable.Range(0, 11).Select(i => $"o{i}").ToList(), 10)).Parameter);
        Assert.Equal("by", Assert.Throws<Errors.SearchRequestException>(() => _searcher.Compare(new SearchRequest(), "colour", [], 10)).Parameter);
        var result = _searcher.Compare(new SearchRequest { Query = "crisis" }, "outlet", ["Drone Herald", "Nowhere Times"], 10);
        Assert.Equal(0, result.Values.Single(v => v.Value == "Nowhere Times").Articles);
    }

    [Fact]
    public void Timeline_SplitsByOutlet_AndNormalisesByEachOutletsOutput()
    {
        var result = _searcher.Timeline(new SearchRequest { Query = "crisis" }, "outlet", [], "year", normalize: true);
        Assert.Equal(["2020", "2021"], result.Periods);
        var grain = result.Series.Single(s => s.Value == "Grain Post");
        var drone = result.Series.Single(s => s.Value == "Drone Herald");
        Assert.Equal([6, 6], grain.Counts);
        Assert.Equal([6, 42], grain.Outputs!);
        Assert.Equal([1.0, Math.Round(6 / 42.0, 4)], grain.Shares!);
        Assert.Equal([1.0, 1.0], drone.Shares!);
        Assert.Null(_searcher.Timeline(new SearchRequest { Query = "crisis" }, "outlet", [], "month", normalize: false).Series[0].Shares);
        Assert.Equal("interval", Assert.Throws<Errors.SearchRequestException>(() => _searcher.Timeline(new SearchRequest(), "outlet", [], "week", false)).Parameter);
    }
}
