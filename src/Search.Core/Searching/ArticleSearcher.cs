using System.Diagnostics;
using Lucene.Net.Search;
using Search.Core.Copies;
using Search.Core.Enrichment;
using Search.Core.Errors;
using Search.Core.Highlighting;
using Search.Core.Indexing;
using Search.Core.Model;
using Search.Core.Schema;
using Search.Core.Coverage;
using Search.Core.Facets;
using Search.Core.Querying;
using Directory = Lucene.Net.Store.Directory;

namespace Search.Core.Searching;

/// <summary>
/// Searches one index folder. Thread-safe: searchers come from a <see cref="SearcherManager"/> and are refreshed by
/// <see cref="Refresh"/> (the API calls it on a timer), so searches keep answering while an indexer commits. Each
/// operation builds a <see cref="SearchPlan"/>, runs it through <see cref="MultiSelectCollector"/> under its
/// <see cref="TimeBudget"/>, and reads its hits (<see cref="HitReader"/>) and facets (<see cref="FacetShaper"/>).
/// </summary>
public sealed class ArticleSearcher : IDisposable
{
    private readonly Directory _directory;
    private readonly SearcherManager _manager;
    private readonly KeywordValues _values;
    private readonly TimeBudget _budget;

    public ArticleSearcher(string indexPath, EnrichmentData data) : this(indexPath, data, TimeSpan.FromSeconds(3)) { }

    /// <param name="indexPath">The index folder.</param>
    /// <param name="data">What queries and filters read: country names, person spellings, the outlet registry.</param>
    /// <param name="timeBudget">How long one search may run before it is stopped (<see cref="SearchTimeoutException"/>).</param>
    /// <param name="clock">The clock the budget is measured on, in milliseconds; tests pass their own.</param>
    public ArticleSearcher(string indexPath, EnrichmentData data, TimeSpan timeBudget, Lucene.Net.Util.Counter? clock = null)
    {
        _budget = new TimeBudget(timeBudget, clock);
        IndexPath = indexPath;
        _directory = IndexStore.Open(indexPath);
        IndexStore.CheckSchema(_directory, indexPath);
        _manager = new SearcherManager(_directory, new WarmingSearcherFactory());
        _values = new KeywordValues(data);
    }

    public string IndexPath { get; }

    /// <summary>Picks up what an indexer committed since the last refresh; true only when the index changed.</summary>
    public bool Refresh()
    {
        var before = WithSearcher(s => s.IndexReader);
        _manager.MaybeRefreshBlocking();
        return !ReferenceEquals(before, WithSearcher(s => s.IndexReader));
    }

    public void Dispose()
    {
        _manager.Dispose();
        _directory.Dispose();
    }

    /// <summary>Searches: one page of hits, facet counts over all matches, and the cursor of the next page.</summary>
    public SearchResult Search(SearchRequest request)
    {
        var clock = Stopwatch.StartNew();
        return WithSearcher(searcher => PageSearch.Run(searcher, request, _values, _budget, clock));
    }

    /// <summary>
    /// The values of one facet over the matches of a search, counted like the search's facets, keeping those whose
    /// name or any word of it starts with <paramref name="prefix"/> (case and accents ignored): "people starting with Net…".
    /// </summary>
    public IReadOnlyList<FacetCount> FacetValues(SearchRequest request, string facet, string? prefix, int limit)
    {
        var field = SearchPlan.FacetNamed(facet, "field");
        SearchPlan.CheckRange(limit, SearchRequest.MaxFacetSize, ErrorCodes.LimitOutOfRange, "limit");
        return WithSearcher(searcher =>
        {
            var plan = SearchPlan.For(request with { Facets = [field.Name], FacetSize = limit, Limit = 1, Offset = 0, Cursor = null }, _values, searcher.IndexReader);
            using var collector = _budget.Collect(searcher, plan, new TotalHitCountCollector());
            return FacetShaper.Shape(collector, plan, _values, prefix)[field.Name];
        });
    }

    /// <summary>Two facets counted against each other over the matches (e.g. outlet × country), <paramref name="size"/> rows and columns at most.</summary>
    public PivotResult Pivot(SearchRequest request, string rows, string columns, int size)
    {
        var rowField = SearchPlan.FacetNamed(rows, "rows");
        var columnField = SearchPlan.FacetNamed(columns, "columns");
        SearchPlan.CheckRange(size, SearchRequest.MaxFacetSize, ErrorCodes.FacetSizeOutOfRange, "size");
        return WithSearcher(searcher =>
        {
            var plan = SearchPlan.For(request with { Facets = [], Limit = 1, Offset = 0, Cursor = null }, _values, searcher.IndexReader);
            var counter = new PivotCounter(searcher.IndexReader, rowField.IndexName, columnField.IndexName);
            using var collector = _budget.Collect(searcher, plan, counter);
            var (columnCounts, rowCounts) = counter.Table(size);
            return new PivotResult(rowField.Name, columnField.Name, collector.Total,
                columnCounts.Select(c => c with { Name = _values.DisplayName(columnField, c.Value) }).ToList(),
                rowCounts.Select(r => r with { Name = _values.DisplayName(rowField, r.Value) }).ToList());
        });
    }

    /// <summary>
    /// What each value of a facet (outlet) says differently from the others over a search's matches: distinctive words,
    /// two-word phrases, people and countries (<see cref="DistinctiveTerms"/>). <paramref name="values"/>: 2 to 10 values;
    /// none: the 5 with most matches. Words are read from a sample of <paramref name="samplePerValue"/> matches per value.
    /// </summary>
    public CompareResult Compare(SearchRequest request, string by, IReadOnlyList<string> values, int size, int samplePerValue = 250)
    {
        var field = CompareSearch.Check(by, values, size);
        return WithSearcher(searcher => CompareSearch.Run(searcher,
            SearchPlan.For(request with { Facets = [field.Name], FacetSize = CompareResult.DefaultValues, Limit = 1, Offset = 0, Cursor = null, Highlight = false }, _values, searcher.IndexReader),
            _budget, _values, field, values, size, samplePerValue));
    }

    /// <summary>
    /// Matches per year or month split by a facet's values (the 5 with most matches unless <paramref name="values"/> names
    /// up to 10) and, when <paramref name="normalize"/>, each value's share: its matches over all its articles of the period.
    /// </summary>
    public TimelineResult Timeline(SearchRequest request, string by, IReadOnlyList<string> values, string interval, bool normalize)
    {
        var (field, period) = TimelineSearch.Check(by, values, interval);
        return WithSearcher(searcher => TimelineSearch.Run(searcher,
            SearchPlan.For(request with { Facets = [], Limit = 1, Offset = 0, Cursor = null, Highlight = false }, _values, searcher.IndexReader),
            _budget, _values, field, period, values, normalize));
    }

    /// <summary>
    /// Every match of a search, in the search's order, walking search-after pages of <paramref name="pageSize"/>
    /// internally: memory stays bounded whatever the number of matches. The request is checked before the first article.
    /// </summary>
    public IEnumerable<Article> Export(SearchRequest request, bool includeText, int pageSize = 1000)
    {
        var plan = WithSearcher(searcher => SearchPlan.For(request with { Limit = 1, Offset = 0, Cursor = null, Facets = [], Highlight = false }, _values, searcher.IndexReader));
        return ExportPages.Walk(plan, includeText, pageSize, _budget, WithSearcher);
    }

    /// <summary>The whole article, or null; with a query, its title and text with every match marked.</summary>
    public MarkedArticle? Get(string id, string? query = null)
    {
        return WithSearcher(searcher =>
        {
            var parsed = string.IsNullOrWhiteSpace(query) ? null : NewsQueryParser.Read(query, _values, searcher.IndexReader);
            if (Find(searcher, id) is not { } doc)
            {
                return null;
            }
            var article = HitReader.Load(searcher, doc, withText: true);
            var (title, text) = parsed is null ? (null, null) : HitReader.Marked(searcher, doc, article, HighlightTerms.From(parsed));
            return new MarkedArticle(article, title, text);
        });
    }

    /// <summary>Articles like this one (more-like-this over title and body), itself excluded; null when the id is unknown.</summary>
    public IReadOnlyList<SearchHit>? Similar(string id, int limit)
    {
        SearchPlan.CheckRange(limit, SearchRequest.MaxLimit, ErrorCodes.LimitOutOfRange, "limit");
        return WithSearcher(searcher =>
        {
            if (Find(searcher, id) is not { } doc)
            {
                return null;
            }
            var query = SimilarQuery.For(searcher, HitReader.Load(searcher, doc, withText: true));
            return (IReadOnlyList<SearchHit>)searcher.Search(query, limit).ScoreDocs
                .Select(d => new SearchHit(HitReader.Load(searcher, d.Doc, withText: false), d.Score, null)).ToList();
        });
    }

    /// <summary>
    /// The story an article belongs to: its cluster of copies in publication order, the original (and the rule that chose
    /// it), and what each copy adds to or leaves out of the original, paragraph by paragraph. Null when the id is unknown;
    /// no members when the article has no copies.
    /// </summary>
    public CopiesResult? Copies(string id) => WithSearcher(searcher => Find(searcher, id) is { } doc ? StoryReader.Story(searcher, id, doc) : null);

    /// <summary>How many articles the index holds now: cheap, for readiness checks.</summary>
    public int Count => WithSearcher(searcher => searcher.IndexReader.NumDocs);

    /// <summary>What the index holds: articles, outlets, date range, last change and size on disk.</summary>
    public IndexStats Stats() => WithSearcher(searcher => IndexStatsReader.Of(searcher.IndexReader, IndexPath));

    private static int? Find(IndexSearcher searcher, string id) =>
        searcher.Search(new TermQuery(IndexFields.IdTerm(id)), 1) is { TotalHits: > 0 } top ? top.ScoreDocs[0].Doc : null;

    private T WithSearcher<T>(Func<IndexSearcher, T> work)
    {
        var searcher = _manager.Acquire();
        try
        {
            return work(searcher);
        }
        finally
        {
            _manager.Release(searcher);
        }
    }
}
