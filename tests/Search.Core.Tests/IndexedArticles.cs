using System.Text.Json;
using Search.Core.Enrichment;
using Search.Core.Indexing;
using Search.Core.Searching;

namespace Search.Core.Tests;

/// <summary>A fixture: a few articles (id, title, text) written as JSON Lines, indexed end to end, and a searcher on them.</summary>
public abstract class IndexedArticles : IDisposable
{
    protected IndexedArticles(IEnumerable<(string Id, string Title, string Text)> articles)
    {
        var corpus = TestPaths.NewTempFolder();
        Path = TestPaths.NewTempFolder();
        File.WriteAllLines(System.IO.Path.Combine(corpus, "news.jsonl"),
            articles.Select(a => JsonSerializer.Serialize(new { id = a.Id, title = a.Title, text = a.Text })));
        new ArticleIndexer(new ArticleEnricher(EnrichmentData.Default)).Run([corpus], Path, new IndexRunOptions());
        Searcher = new ArticleSearcher(Path, EnrichmentData.Default);
    }

    public string Path { get; }

    public ArticleSearcher Searcher { get; }

    public void Dispose()
    {
        Searcher.Dispose();
        GC.SuppressFinalize(this);
    }
}
