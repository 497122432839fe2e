using System.Text.Json;
using Search.Core.Enrichment;
using Search.Core.Indexing;
using Search.Core.Searching;

namespace Search.Core.Tests.Searching;

/// <summary>
/// One index for the search tests: the five sample articles, hand-made articles for edge cases, and 250 generated
/// articles for paging. Built once per test run in a temporary folder.
/// </summary>
public sealed class SampleIndexFixture : IDisposable
{
    public const int GeneratedCount = 250;

    public SampleIndexFixture()
    {
        IndexPath = TestPaths.NewTempFolder();
        var extra = TestPaths.NewTempFolder();
        var lines = new List<object>
        {
            new { id = "edge-stems", text = "The strikes continued. Officials said the strike was planned.", outlet = "Reuters", published = "2020-05-01", title = "Strikes go on" },
            new { id = "edge-script", text = "A page said <script>alert('x')</script> and <img src=x onerror=alert(1)> to readers about Peña and U.N. envoys.", outlet = "Reuters", published = "2020-06-01", title = "Tags <b>in</b> text" },
            new { id = "edge-names", text = "Yaalon met officials. Later Ya’alon spoke, and Suleimani’s men waited.", outlet = "Axios", published = "2019-01-01", title = "Names" },
        };
        for (var i = 0; i < GeneratedCount; i++)
        {
            lines.Add(new { id = $"gen-{i:D3}", text = $"Generated report number {i} about harbour traffic.", outlet = i % 2 == 0 ? "Harbour Times" : "Port Gazette",
                published = new DateOnly(2000, 1, 1).AddDays(i * 7).ToString("yyyy-MM-dd") });
        }
        File.WriteAllLines(Path.Combine(extra, "extra.jsonl"), lines.Select(l => JsonSerializer.Serialize(l)));
        Summary = new ArticleIndexer(new ArticleEnricher(EnrichmentData.Default))
            .Run([TestPaths.SampleArticles, extra], IndexPath, new IndexRunOptions());
        Searcher = new ArticleSearcher(IndexPath, EnrichmentData.Default.Gazetteer);
    }

    public string IndexPath { get; }
    public IndexRunSummary Summary { get; }
    public ArticleSearcher Searcher { get; }

    public SearchResult Search(string? q, Func<SearchRequest, SearchRequest>? change = null)
    {
        var request = new SearchRequest { Query = q };
        return Searcher.Search(change is null ? request : change(request));
    }

    public void Dispose() => Searcher.Dispose();
}

[CollectionDefinition(Name)]
public sealed class SampleIndexCollection : ICollectionFixture<SampleIndexFixture>
{
    public const string Name = "sample index";
}
