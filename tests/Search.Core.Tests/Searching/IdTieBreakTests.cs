using System.Text.Json;
using Search.Core.Enrichment;
using Search.Core.Indexing;
using Search.Core.Searching;

namespace Search.Core.Tests.Searching;

/// <summary>Hits with equal scores are ordered by id, across segments, on every page of a cursor walk.</summary>
public class IdTieBreakTests
{
    [Fact]
    public void TiedHitsAcrossSegments_ComeInIdOrderOnEveryPage()
    {
        var corpus = TestPaths.NewTempFolder();
        var index = TestPaths.NewTempFolder();
        var indexer = new ArticleIndexer(new ArticleEnricher(EnrichmentData.Default));
        var random = new Random(11);
        var ids = Enumerable.Range(0, 150).Select(i => $"id-{i:D4}").OrderBy(_ => random.Next()).ToList();
        // Three runs, three segments; every article the same length, a third of them naming the canal twice.
        for (var run = 0; run < 3; run++)
        {
            var lines = ids.Skip(run * 50).Take(50).Select(id => JsonSerializer.Serialize(new
            {
                id,
                text = int.Parse(id[3..]) % 3 == 0 ? "The canal and the canal were closed on Monday." : "The canal and the port were closed on Monday.",
            }));
            File.WriteAllLines(Path.Combine(corpus, $"run{run}.jsonl"), lines);
            indexer.Run([Path.Combine(corpus, $"run{run}.jsonl")], index, new IndexRunOptions());
        }
        using var searcher = new ArticleSearcher(index, EnrichmentData.Default);
        var expected = ids.OrderBy(id => int.Parse(id[3..]) % 3 == 0 ? 0 : 1).ThenBy(id => id, StringComparer.Ordinal).ToList();

        Assert.Equal(expected.Take(40), searcher.Search(new SearchRequest { Query = "canal", Limit = 40, Highlight = false }).Hits.Select(h => h.Article.Id));
        var walked = new List<string>();
        string? cursor = null;
        do
        {
            var page = searcher.Search(new SearchRequest { Query = "canal", Limit = 7, Cursor = cursor, Highlight = false });
            walked.AddRange(page.Hits.Select(h => h.Article.Id));
            cursor = page.NextCursor;
        } while (cursor is not null);
        Assert.Equal(expected, walked);
    }
}
