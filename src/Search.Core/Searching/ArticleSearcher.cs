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
        return WithSearcher(searcher =>
        {
            var plan = SearchPlan.For(request, _values, searcher.IndexReader);
            var top = TopFieldCollector.Create(plan.Sort, Math.Max(1, plan.Window), plan.After, fillFields: true, trackDocScores: true, trackMaxScore: false, docsScoredInOrder: false);
            var clusters = CopyClusters.For(searcher.IndexReader);
            var collapsing = request.Collapse == Collapse.Copies ? new CopyCollapsingCollector(top, clusters, request.Sort) : null;
            using var collector = _budget.Collect(searcher, plan, collapsing ?? (ICollector)top, collapsing is null ? null : clusters);
            collapsing?.Finish(searcher.IndexReader);
            var docs = top.GetTopDocs(plan.Skip, request.Limit).ScoreDocs;
            var hits = HitReader.Page(searcher, docs, request.Highlight ? HighlightTerms.From(plan.Parsed) : null, request)
                .Select((hit, i) => hit with { Copies = CopiesOf(clusters, docs[i].Doc, collapsing is not null) }).ToList();
            var seenSoFar = plan.Skip + hits.Count;
            var total = collapsing?.Stories ?? collector.Total;
            var next = request.Limit > 0 && hits.Count == request.Limit && (plan.After is not null || seenSoFar < total)
                ? SearchCursor.Encode((FieldDoc)docs[^1], request.Sort, plan.Fingerprint) : null;
            var facets = FacetShaper.Shape(collector, plan, _values);
            collector.CountStories = true;
            var storyFacets = collapsing is null ? null : FacetShaper.Shape(collector, plan, _values);
            return new SearchResult(collector.Total, hits, facets, next, clock.Elapsed.TotalMilliseconds,
                collector.Total == 0 ? FilterSuggestions.For(searcher.IndexReader, plan, _values) : null, collapsing?.Stories, storyFacets);
        });
    }

    // What a hit says of its copies: none (null), or how many, its original unless it is it, the others' outlets when collapsed.
    private static HitCopies? CopiesOf(CopyClusters clusters, int doc, bool collapsed)
    {
        if (clusters.Of(doc) is not { } cluster)
        {
            return null;
        }
        var original = cluster.Original.Doc == doc ? null : new CopyRef(cluster.Original.Id, cluster.Original.Outlet, cluster.Original.Published);
        var outlets = collapsed
            ? cluster.Members.Where(m => m.Doc != doc).Select(m => m.Site ?? m.Outlet).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).ToList()
            : null;
        return new HitCopies(cluster.Members.Count - 1, original, cluster.Rule, outlets);
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

    public const int MaxComparedValues = 10;
    public const int DefaultComparedValues = 5;

    /// <summary>
    /// What each value of a facet (outlet) says differently from the others over a search's matches: distinctive words,
    /// two-word phrases, people and countries (<see cref="DistinctiveTerms"/>). <paramref name="values"/>: 2 to 10 values;
    /// none: the 5 with most matches. Words are read from a sample of <paramref name="samplePerValue"/> matches per value.
    /// </summary>
    public CompareResult Compare(SearchRequest request, string by, IReadOnlyList<string> values, int size, int samplePerValue = 250)
    {
        var field = SearchPlan.FacetNamed(by, "by");
        if (values.Count is 1 or > MaxComparedValues)
        {
            throw new SearchRequestException(ErrorCodes.InvalidValues, $"values must name 2 to {MaxComparedValues} values to compare, not {values.Count}", "values");
        }
        SearchPlan.CheckRange(size, SearchRequest.MaxLimit, ErrorCodes.LimitOutOfRange, "terms");
        return WithSearcher(searcher =>
        {
            var plan = SearchPlan.For(request with { Facets = [field.Name], FacetSize = DefaultComparedValues, Limit = 1, Offset = 0, Cursor = null, Highlight = false }, _values, searcher.IndexReader);
            var labels = values.Count > 0
                ? values.Select(v => _values.Canonical(field, v)).Distinct(StringComparer.OrdinalIgnoreCase).ToArray()
                : TopValues(searcher, plan, field.IndexName, DefaultComparedValues);
            var ordinals = FacetOrdinals.For(searcher.IndexReader).Get(field.IndexName);
            var compared = labels.Select(l => (int)ordinals.Find(l)).ToArray();
            var terms = new DistinctiveTerms(searcher.IndexReader, field.IndexName, compared, labels, samplePerValue);
            using var collector = _budget.Collect(searcher, plan, terms);
            return new CompareResult(field.Name, collector.Total, samplePerValue,
                terms.Result(_values.Data.CompareStopWords, size, code => _values.Data.Gazetteer.ByCode(code)?.Name, v => _values.DisplayName(field, v)));
        });
    }

    private string[] TopValues(IndexSearcher searcher, SearchPlan plan, string field, int count)
    {
        using var counting = _budget.Collect(searcher, plan, new TotalHitCountCollector());
        return counting.Top(field, count).Select(kv => kv.Key).ToArray();
    }

    /// <summary>
    /// Matches per year or month split by a facet's values (the 5 with most matches unless <paramref name="values"/> names
    /// up to 10) and, when <paramref name="normalize"/>, each value's share: its matches over all its articles of the period.
    /// </summary>
    public TimelineResult Timeline(SearchRequest request, string by, IReadOnlyList<string> values, string interval, bool normalize)
    {
        var field = SearchPlan.FacetNamed(by, "by");
        var period = interval.ToLowerInvariant() switch
        {
            "year" or "month" => FieldCatalog.Facet(interval.ToLowerInvariant())!,
            _ => throw new SearchRequestException(ErrorCodes.InvalidInterval, $"interval must be year or month, not '{interval}'", "interval"),
        };
        if (values.Count > MaxComparedValues)
        {
            throw new SearchRequestException(ErrorCodes.InvalidValues, $"values names at most {MaxComparedValues} values, not {values.Count}", "values");
        }
        return WithSearcher(searcher =>
        {
            var plan = SearchPlan.For(request with { Facets = [], Limit = 1, Offset = 0, Cursor = null, Highlight = false }, _values, searcher.IndexReader);
            var matches = new PivotCounter(searcher.IndexReader, field.IndexName, period.IndexName);
            using var collector = _budget.Collect(searcher, plan, matches);
            var rows = values.Count > 0
                ? values.Select(v => _values.Canonical(field, v)).Distinct(StringComparer.OrdinalIgnoreCase)
                    .Select(v => (Label: v, Ord: (int)matches.RowOrdinals.Find(v))).ToList()
                : matches.Rows.Take(DefaultComparedValues).Select(r => (Label: matches.RowOrdinals.Value(r.Ord), r.Ord)).ToList();
            var columns = matches.Columns.Where(c => rows.Any(r => r.Ord >= 0 && matches.Cell(r.Ord, c) > 0)).ToList();
            var outputs = normalize ? Output(searcher.IndexReader, field.IndexName, period.IndexName) : null;
            var series = rows.Select(r =>
            {
                var counts = columns.Select(c => r.Ord < 0 ? 0 : matches.Cell(r.Ord, c)).ToList();
                var output = outputs is null || r.Ord < 0 ? null : columns.Select(c => outputs.Cell(r.Ord, c)).ToList();
                var shares = output?.Select((o, i) => o == 0 ? (double?)null : Math.Round(counts[i] / (double)o, 4)).ToList();
                return new TimelineSeries(r.Label, _values.DisplayName(field, r.Label), r.Ord < 0 ? 0 : matches.RowTotal(r.Ord), counts,
                    outputs is null ? null : output ?? columns.Select(_ => 0).ToList(), outputs is null ? null : shares ?? columns.Select(_ => (double?)null).ToList());
            }).ToList();
            return new TimelineResult(field.Name, period.Name, normalize, collector.Total, columns.Select(c => matches.ColumnOrdinals.Value(c)).ToList(), series);
        });
    }

    // Every article counted by value and period, once per reader: what a share is of.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Lucene.Net.Index.IndexReader, System.Collections.Concurrent.ConcurrentDictionary<string, PivotCounter>> Outputs = new();

    private static PivotCounter Output(Lucene.Net.Index.IndexReader reader, string rows, string columns) =>
        Outputs.GetValue(reader, _ => new()).GetOrAdd(rows + "\u0001" + columns, _ =>
        {
            var counter = new PivotCounter(reader, rows, columns);
            new IndexSearcher(reader).Search(new MatchAllDocsQuery(), counter);
            return counter;
        });

    /// <summary>
    /// Every match of a search, in the search's order, walking search-after pages of <paramref name="pageSize"/>
    /// internally: memory stays bounded whatever the number of matches. The request is checked before the first article.
    /// </summary>
    public IEnumerable<Article> Export(SearchRequest request, bool includeText, int pageSize = 1000)
    {
        var plan = WithSearcher(searcher => SearchPlan.For(request with { Limit = 1, Offset = 0, Cursor = null, Facets = [], Highlight = false }, _values, searcher.IndexReader));
        return ExportPages(plan, includeText, pageSize);
    }

    private IEnumerable<Article> ExportPages(SearchPlan plan, bool includeText, int pageSize)
    {
        FieldDoc? after = null;
        while (true)
        {
            var (articles, last) = WithSearcher(searcher =>
            {
                var top = TopFieldCollector.Create(plan.Sort, pageSize, after, fillFields: true, trackDocScores: plan.Request.Sort == SortOrder.Relevance, trackMaxScore: false, docsScoredInOrder: false);
                using var _ = _budget.Collect(searcher, plan, top);
                var docs = top.GetTopDocs().ScoreDocs;
                return (docs.Select(d => HitReader.Load(searcher, d.Doc, includeText)).ToList(), docs.Length == 0 ? null : (FieldDoc)docs[^1]);
            });
            foreach (var article in articles)
            {
                yield return article;
            }
            if (articles.Count < pageSize)
            {
                yield break;
            }
            after = last;
        }
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
    public CopiesResult? Copies(string id) => WithSearcher(searcher =>
    {
        if (Find(searcher, id) is not { } doc)
        {
            return null;
        }
        if (CopyClusters.For(searcher.IndexReader).Of(doc) is not { } cluster)
        {
            return new CopiesResult(id, null, null, []);
        }
        static CopyRef Ref(CopyMember m) => new(m.Id, m.Outlet, m.Published);
        var original = HitReader.Load(searcher, cluster.Original.Doc, withText: true).Text;
        var members = cluster.Members.Select(m =>
        {
            var isOriginal = m.Doc == cluster.Original.Doc;
            var article = HitReader.Load(searcher, m.Doc, withText: !isOriginal);
            var changes = isOriginal ? [] : ParagraphDiff.Between(original, article.Text);
            return new CopyView(Ref(m), article.Title, m.Site, isOriginal, m.Credits, changes);
        }).ToList();
        return new CopiesResult(id, Ref(cluster.Original), cluster.Rule, members);
    });

    /// <summary>How many articles the index holds now: cheap, for readiness checks.</summary>
    public int Count => WithSearcher(searcher => searcher.IndexReader.NumDocs);

    /// <summary>What the index holds: articles, outlets, date range, last change and size on disk.</summary>
    public IndexStats Stats() => WithSearcher(searcher => IndexStatistics.Of(searcher.IndexReader, IndexPath));

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
