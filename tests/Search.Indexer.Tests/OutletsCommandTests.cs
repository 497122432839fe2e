using Search.Tests.Shared;
using System.Text.Json;
using System.Text.Json.Nodes;
using Search.Core.Enrichment;
using Search.Core.Searching;

namespace Search.Indexer.Tests;

/// <summary>outlets lists what the registry lacks, as entries an editor adds; once added, reindex files the articles under them.</summary>
public class OutletsCommandTests
{
    private static string Page(string site, string title) => $"""
        <html><head><title>{title} | {site}</title><meta property="og:title" content="{title}"></head>
        <body><article><p>{title}: the council voted on Tuesday to widen the harbour road, the mayor said after a long meeting.</p></article></body></html>
        """;

    [Fact]
    public void Outlets_ListsTheUnlistedOnesWithCountsAndDomains_AndTheListLoadsAsARegistry()
    {
        var corpus = IndexerProcess.NewFolder();
        File.WriteAllText(Path.Combine(corpus, "a.html"), Page("Valley Courier", "Road widened"));
        File.WriteAllText(Path.Combine(corpus, "b.html"), Page("Valley Courier", "Bridge closed"));
        File.WriteAllText(Path.Combine(corpus, "c.html"), Page("Hill Gazette", "Market opens"));
        File.WriteAllLines(Path.Combine(corpus, "wire.jsonl"), [
            JsonSerializer.Serialize(new { id = "w1", text = "Wire copy about the harbour road.", outlet = "Reuters", url = "https://www.reuters.com/a" }),
            JsonSerializer.Serialize(new { id = "w2", text = "A page known only by its address.", url = "https://www.lakeside-post.example/2020/01/02/x", title = "Lake frozen" }),
        ]);
        var index = IndexerProcess.NewFolder();
        Assert.Equal(0, IndexerProcess.Run("index", corpus, "--index", index).ExitCode);

        var (exit, output, error) = IndexerProcess.Run("outlets", "--index", index);
        Assert.True(exit == 0, error);
        var outlets = TestJson.Node(output)["outlets"]!.AsArray();
        Assert.Equal(["Valley Courier", "Hill Gazette", "lakeside-post.example"], outlets.Select(o => o!["name"]!.GetValue<string>()));
        Assert.Contains("2 article(s), found by page 2", outlets[0]!["//"]!.GetValue<string>());
        Assert.Contains("Road widened", outlets[0]!["//"]!.GetValue<string>());
        Assert.Equal(["lakeside-post.example"], outlets[2]!["domains"]!.AsArray().Select(d => d!.GetValue<string>()));
        Assert.Contains("3 outlet(s) not in the registry", error);

        // An editor adds them (here as they come) to a copy of the data; reindex then files the articles under the registry.
        var data = IndexerProcess.NewFolder();
        foreach (var file in Directory.GetFiles(EnrichmentData.DefaultDirectory))
        {
            File.Copy(file, Path.Combine(data, Path.GetFileName(file)));
        }
        var registry = TestJson.Node(File.ReadAllText(Path.Combine(data, "outlets.json")));
        foreach (var entry in outlets)
        {
            registry["outlets"]!.AsArray().Add(entry!.DeepClone());
        }
        File.WriteAllText(Path.Combine(data, "outlets.json"), registry.ToJsonString());
        Assert.Equal(0, IndexerProcess.Run("reindex", "--index", index, "--data", data).ExitCode);
        Assert.Equal("{\n  \"outlets\": []\n}", IndexerProcess.Run("outlets", "--index", index, "--data", data).Out.Trim());
        using var searcher = new ArticleSearcher(index, EnrichmentData.Load(data));
        var result = searcher.Search(new SearchRequest { Facets = ["outletSource"] });
        Assert.Equal(5, result.Facets["outletSource"].Single(v => v.Value == "registry").Count);
    }
}
