using Search.Core.Enrichment;
using Search.Core.Indexing;
using Search.Core.Searching;
using Search.Tests.Shared;
using Search.Core.Querying;

namespace Search.Core.Tests;

/// <summary>One index for the search tests over the shared test corpus (<see cref="TestCorpus"/>), built once per test run.</summary>
public sealed class SampleIndexFixture : IDisposable
{
    public const int GeneratedCount = TestCorpus.GeneratedCount;

    public SampleIndexFixture()
    {
        IndexPath = TestPaths.NewTempFolder();
        Summary = new ArticleIndexer(new ArticleEnricher(EnrichmentData.Default))
            .Run([TestCorpus.Write(TestPaths.NewTempFolder())], IndexPath, new IndexRunOptions());
        Searcher = new ArticleSearcher(IndexPath, EnrichmentData.Default);
    }

    public string IndexPath { get; }
    public IndexRunSummary Summary { get; }
    public ArticleSearcher Searcher { get; }

    public SearchResult Search(string? q, Func<SearchRequest, SearchRequest>? change = null)
    {
        var request = new SearchRequest { Query = q };
        return Searcher.Search(change is null ? request : change(request));
    }

    /// <summary>A query as the searcher parses it.</summary>
    public Lucene.Net.Search.Query Parse(string q) => NewsQueryParser.Read(q, new Search.Core.Schema.KeywordValues(EnrichmentData.Default));

    public void Dispose() => Searcher.Dispose();
}

[CollectionDefinition(Name)]
public sealed class SampleIndexCollection : ICollectionFixture<SampleIndexFixture>
{
    public const string Name = "sample index";
}
