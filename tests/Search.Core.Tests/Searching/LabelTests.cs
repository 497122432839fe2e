using System.Text.Json;
using Search.Core.Enrichment;
using Search.Core.Indexing;
using Search.Core.Model;
using Search.Core.Schema;
using Search.Core.Searching;

namespace Search.Core.Tests.Searching;

/// <summary>
/// A label declared in the catalog (the language) is stored, shown on hits and articles, counted, filtered and queried
/// with no code of its own beyond its enricher.
/// </summary>
public class LabelTests
{
    private static readonly (string Id, string Text)[] Articles =
    [
        ("en-1", "The minister said on Tuesday that the talks on the harbour would continue next week despite the strikes."),
        ("en-2", "Fishermen in the harbour town protested against the new quotas on Wednesday, the mayor said."),
        ("de-1", "Die Flüchtlinge kamen am Dienstag im Hafen von Hamburg an, sagte der Minister nach dem Treffen."),
        ("ru-1", "Путин заявил во вторник, что переговоры о порте продолжатся на следующей неделе."),
    ];

    private static string Index()
    {
        var corpus = TestPaths.NewTempFolder();
        var index = TestPaths.NewTempFolder();
        File.WriteAllLines(Path.Combine(corpus, "news.jsonl"), Articles.Select(a => JsonSerializer.Serialize(new { id = a.Id, title = a.Id, text = a.Text })));
        new ArticleIndexer(new ArticleEnricher(EnrichmentData.Default)).Run([corpus], index, new IndexRunOptions());
        return index;
    }

    [Fact]
    public void TheLanguage_IsAFacetAFilterAQueryFieldAndOnEveryHit()
    {
        Assert.Contains(FieldCatalog.Labels, f => f.Name == LabelNames.Language);
        using var searcher = new ArticleSearcher(Index(), EnrichmentData.Default);

        var all = searcher.Search(new SearchRequest { Facets = [LabelNames.Language], Limit = 10 });
        Assert.Equal(new Dictionary<string, int> { ["en"] = 2, ["de"] = 1, ["ru"] = 1 },
            all.Facets[LabelNames.Language].ToDictionary(v => v.Value, v => v.Count));
        Assert.All(all.Hits, h => Assert.Equal(h.Article.Id[..2], h.Article.Labels[LabelNames.Language]));

        var filtered = searcher.Search(new SearchRequest { Filters = new Dictionary<string, IReadOnlyList<string>> { [LabelNames.Language] = ["de"] } });
        Assert.Equal("de-1", Assert.Single(filtered.Hits).Article.Id);
        Assert.Equal(["ru-1"], searcher.Search(new SearchRequest { Query = "lang:ru" }).Hits.Select(h => h.Article.Id));
        Assert.Equal(2, searcher.Search(new SearchRequest { Query = "language:en harbour" }).Total);

        Assert.Equal("ru", searcher.Get("ru-1")!.Article.Labels[LabelNames.Language]);
        var exported = searcher.Export(new SearchRequest { Query = "language:de" }, includeText: false).Single();
        Assert.Equal("de", FieldCatalog.Exportable.Single(f => f.Name == LabelNames.Language).Export!(exported));
    }
}
