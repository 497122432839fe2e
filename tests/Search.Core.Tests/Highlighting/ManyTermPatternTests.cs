using System.Text.Json;
using Search.Core.Enrichment;
using Search.Core.Indexing;
using Search.Core.Searching;

namespace Search.Core.Tests.Highlighting;

/// <summary>A prefix that matches more dictionary terms than highlighting reads still marks every hit.</summary>
public class ManyTermPatternTests
{
    [Fact]
    public void EveryHitOfAPrefixWithHundredsOfTerms_IsMarked()
    {
        var corpus = TestPaths.NewTempFolder();
        var index = TestPaths.NewTempFolder();
        // 300 words that share a prefix, one article each, and a few words that many articles share.
        File.WriteAllLines(Path.Combine(corpus, "articles.jsonl"), Enumerable.Range(0, 300).Select(i => JsonSerializer.Serialize(new
        {
            id = $"a{i}",
            outlet = "Harbour Times",
            text = $"The harbour report said zebrafoo{i:D3} arrived. {(i % 10 == 0 ? "Later zebrafoocommon was seen." : "")}",
        })));
        new ArticleIndexer(new ArticleEnricher(EnrichmentData.Default)).Run([corpus], index, new IndexRunOptions());
        using var searcher = new ArticleSearcher(index, EnrichmentData.Default);
        var unmarked = new List<string>();
        var offset = 0;
        while (offset < 300)
        {
            var page = searcher.Search(new SearchRequest { Query = "zebrafoo*", Limit = 100, Offset = offset, Facets = [] });
            unmarked.AddRange(page.Hits.Where(h => !h.Highlights!.Passages.Any(p => p.Matches.Count > 0)).Select(h => h.Article.Id));
            offset += 100;
        }
        Assert.Empty(unmarked);
    }
}
