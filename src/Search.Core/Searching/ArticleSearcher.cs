using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Lucene.Net.Index;
using Lucene.Net.Queries.Mlt;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Lucene.Net.Util;
using Search.Core.Enrichment;
using Search.Core.Indexing;
using Search.Core.Model;
using Directory = Lucene.Net.Store.Directory;

namespace Search.Core.Searching;

/// <summary>
/// Searches one index folder. Thread-safe: searchers come from a <see cref="SearcherManager"/> and are refreshed by
/// <see cref="Refresh"/> (the API calls it on a timer), so searches keep answering while an indexer commits.
/// </summary>
public sealed class ArticleSearcher : IDisposable
{
    private readonly Directory _directory;
    private readonly SearcherManager _manager;
    private readonly Gazetteer _gazetteer;
    private readonly TimeSpan _timeBudget;
    private readonly Counter? _clock;

    public ArticleSearcher(string indexPath, Gazetteer gazetteer) : this(indexPath, gazetteer, TimeSpan.FromSeconds(3), null)
    {
    }

    /// <param name="indexPath">The index folder.</param>
    /// <param name="gazetteer">Country names, for <c>country:</c> in queries and filters.</param>
    /// <param name="timeBudget">How long one search may run before it is stopped (<see cref="SearchTimeoutException"/>).</param>
    /// <param name="clock">The clock the budget is measured on, in milliseconds; tests pass their own.</param>
    public ArticleSearcher(string indexPath, Gazetteer gazetteer, TimeSpan timeBudget, Counter? clock = null)
    {
        _timeBudget = timeBudget;
        _clock = clock;
        IndexPath = indexPath;
        _directory = IndexStore.Open(indexPath);
        IndexStore.CheckSchema(_directory, indexPath);
        _manager = new SearcherManager(_directory, new WarmingSearcherFactory());
        _gazetteer = gazetteer;
    }

    public string IndexPath { get; }

    /// <summary>Picks up what an indexer committed since the last refresh.</summary>
    public bool Refresh() => _manager.MaybeRefresh();

    public void Dispose()
    {
        _manager.Dispose();
        _directory.Dispose();
    }

    /// <summary>Searches: one page of hits, facet counts over all matches, and the cursor of the next page.</summary>
    public SearchResult Search(SearchRequest request)
    {
        var clock = Stopwatch.StartNew();
        Validate(request);
        var query = Parse(request.Query);
        var sort = SortFor(request.Sort);
        var after = request.Cursor is null ? null : Cursor.Decode(request.Cursor, request.Sort);
        var window = after is null ? request.Offset + request.Limit : request.Limit;
        var facetNames = FacetNames(request);

        return WithSearcher(searcher =>
        {
            var top = TopFieldCollector.Create(sort, Math.Max(1, window), after, fillFields: true, trackDocScores: true, trackMaxScore: false, docsScoredInOrder: false);
            using var collector = Collect(searcher, query, request, top, facetNames);
            var docs = top.GetTopDocs(after is null ? request.Offset : 0, request.Limit).ScoreDocs;
            var highlight = request.Highlight ? HighlightTerms.From(query) : null;
            var spans = highlight is null ? null : BodySpans(searcher, docs.Select(d => d.Doc), highlight);
            var hits = docs.Select(d => Hit(searcher, d, highlight, spans, request)).ToList();
            var facets = Facets(collector, request, facetNames, prefix: null);
            var seenSoFar = (after is null ? request.Offset : 0) + hits.Count;
            var next = hits.Count == request.Limit && (after is not null || seenSoFar < collector.Total)
                ? Cursor.Encode((FieldDoc)docs[^1], request.Sort) : null;
            return new SearchResult(collector.Total, hits, facets, next, clock.Elapsed.TotalMilliseconds);
        });
    }

    /// <summary>
    /// The values of one facet over the matches of a search, counted like the search's facets, keeping those whose
    /// name or any word of it starts with <paramref name="prefix"/> (case and accents ignored): "people starting with Net…".
    /// </summary>
    public IReadOnlyList<FacetCount> FacetValues(SearchRequest request, string facet, string? prefix, int limit)
    {
        Validate(request with { Facets = [facet], FacetSize = limit });
        var query = Parse(request.Query);
        var shaped = request with { Facets = [facet], FacetSize = limit };
        return WithSearcher(searcher =>
        {
            using var collector = Collect(searcher, query, shaped, new TotalHitCountCollector(), [facet]);
            return Facets(collector, shaped, [facet], prefix)[facet.ToLowerInvariant()];
        });
    }

    /// <summary>Counts of two facets together over the matches (e.g. outlet × country), <paramref name="size"/> rows and columns at most.</summary>
    public PivotResult Pivot(SearchRequest request, string rows, string columns, int size)
    {
        foreach (var (name, parameter) in new[] { (rows, "rows"), (columns, "columns") })
        {
            if (FacetFields.FieldOf(name) is null)
            {
                throw new SearchQueryException("unknown_facet", $"unknown facet '{name}'; facets are {string.Join(", ", FacetFields.Fields.Keys)}", parameter);
            }
        }
        if (size is < 1 or > SearchRequest.MaxFacetSize)
        {
            throw new SearchQueryException("facet_size_out_of_range", $"size must be from 1 to {SearchRequest.MaxFacetSize}", "size");
        }
        Validate(request with { Facets = [] });
        var query = Parse(request.Query);
        return WithSearcher(searcher =>
        {
            var counter = new PivotCounter(FacetFields.FieldOf(rows)!, FacetFields.FieldOf(columns)!);
            using var collector = Collect(searcher, query, request with { Facets = [] }, counter, []);
            var counts = counter.Counts;
            var columnValues = counts.GroupBy(kv => kv.Key.Column).OrderByDescending(g => g.Sum(kv => kv.Value)).ThenBy(g => g.Key, StringComparer.Ordinal)
                .Take(size).Select(g => g.Key).ToList();
            var shown = columnValues.ToHashSet(StringComparer.Ordinal);
            var rowValues = counts.Where(kv => shown.Contains(kv.Key.Column)).GroupBy(kv => kv.Key.Row)
                .Select(g => new PivotRow(g.Key, g.Sum(kv => kv.Value), g.ToDictionary(kv => kv.Key.Column, kv => kv.Value)))
                .OrderByDescending(r => r.Total).ThenBy(r => r.Value, StringComparer.Ordinal).Take(size).ToList();
            return new PivotResult(rows.ToLowerInvariant(), columns.ToLowerInvariant(), collector.Total, columnValues, rowValues);
        });
    }

    /// <summary>
    /// Every match of a search, in the search's order, walking search-after pages of <paramref name="pageSize"/>
    /// internally: memory stays bounded whatever the number of matches. Validate with <see cref="Search"/> first.
    /// </summary>
    public IEnumerable<Article> Export(SearchRequest request, bool includeText, int pageSize = 1000)
    {
        var selection = request with { Limit = 1, Offset = 0, Cursor = null, Facets = [], Highlight = false };
        Validate(selection);
        var query = Parse(request.Query);
        var sort = SortFor(request.Sort);
        FieldDoc? after = null;
        while (true)
        {
            var (articles, last) = WithSearcher(searcher =>
            {
                var top = TopFieldCollector.Create(sort, pageSize, after, fillFields: true, trackDocScores: request.Sort == SortOrder.Relevance, trackMaxScore: false, docsScoredInOrder: false);
                using var _ = Collect(searcher, query, selection, top, []);
                var docs = top.GetTopDocs().ScoreDocs;
                var page = docs.Select(d => Load(searcher, d.Doc, includeText)).ToList();
                return (page, docs.Length == 0 ? null : (FieldDoc)docs[^1]);
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

    private MultiSelectCollector Collect(IndexSearcher searcher, Query query, SearchRequest request, ICollector hits, IReadOnlyList<string> facetNames)
    {
        var collector = new MultiSelectCollector(searcher.IndexReader, hits, FilterClauses(request), facetNames.Select(f => FacetFields.FieldOf(f)!).ToList());
        var limited = new TimeLimitingCollector(collector, _clock ?? TimeLimitingCollector.GlobalCounter, (long)_timeBudget.TotalMilliseconds);
        limited.SetBaseline();
        try
        {
            searcher.Search(WithDateRange(query, request), limited);
        }
        catch (TimeLimitingCollector.TimeExceededException)
        {
            collector.Dispose();
            throw new SearchTimeoutException(_timeBudget);
        }
        return collector;
    }

    // The year histogram turns into months when the asked-for date range is two years or less.
    private static List<string> FacetNames(SearchRequest r)
    {
        var names = r.Facets.Select(f => f.ToLowerInvariant()).Distinct().ToList();
        if (names.Contains("year") && !names.Contains("month") && r.From is { } from && r.To is { } to && to.DayNumber - from.DayNumber <= 731)
        {
            names.Add("month");
        }
        return names;
    }

    /// <summary>The whole article, or null; with a query, its text and title with every match marked (escaped HTML).</summary>
    public (Article Article, string? TitleHtml, string? TextHtml)? Get(string id, string? query = null)
    {
        var q = string.IsNullOrWhiteSpace(query) ? null : Parse(query);
        var searcher = _manager.Acquire();
        try
        {
            var top = searcher.Search(new TermQuery(ArticleDocument.IdTerm(id)), 1);
            if (top.TotalHits == 0)
            {
                return null;
            }
            var article = Load(searcher, top.ScoreDocs[0].Doc, withText: true);
            if (q is null)
            {
                return (article, null, null);
            }
            var terms = HighlightTerms.From(q);
            return (article,
                article.Title is null ? null : PassageHighlighter.Mark(article.Title, terms.Spans(article.Title, IndexFields.Title)),
                PassageHighlighter.Mark(article.Text, BodySpans(searcher, [top.ScoreDocs[0].Doc], terms).GetValueOrDefault(top.ScoreDocs[0].Doc)
                    ?? terms.Spans(article.Text, IndexFields.Body)));
        }
        finally
        {
            _manager.Release(searcher);
        }
    }

    /// <summary>Articles like this one (more-like-this over title and body), itself excluded; null when the id is unknown.</summary>
    public IReadOnlyList<SearchHit>? Similar(string id, int limit)
    {
        var searcher = _manager.Acquire();
        try
        {
            var top = searcher.Search(new TermQuery(ArticleDocument.IdTerm(id)), 1);
            if (top.TotalHits == 0)
            {
                return null;
            }
            var mlt = new MoreLikeThis(searcher.IndexReader)
            {
                FieldNames = [IndexFields.Title, IndexFields.Body],
                Analyzer = NewsAnalyzer.Stemmed,
                MinTermFreq = 1,
                MinDocFreq = 1,
                MaxQueryTerms = 30,
            };
            var article = Load(searcher, top.ScoreDocs[0].Doc, withText: true);
            var like = mlt.Like(new StringReader(article.Title + "\n\n" + article.Text), IndexFields.Body);
            var query = new BooleanQuery { { like, Occur.MUST }, { new TermQuery(ArticleDocument.IdTerm(id)), Occur.MUST_NOT } };
            return searcher.Search(query, Math.Clamp(limit, 1, SearchRequest.MaxLimit)).ScoreDocs
                .Select(d => new SearchHit(Load(searcher, d.Doc, withText: false), d.Score, null, []))
                .ToList();
        }
        finally
        {
            _manager.Release(searcher);
        }
    }

    /// <summary>How many articles the index holds now: cheap, for readiness checks.</summary>
    public int Count => WithSearcher(searcher => searcher.IndexReader.NumDocs);

    // What Stats reads from the documents, computed once per reader (a walk over every document's date).
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<IndexReader, IndexStats> ContentStats = new();

    public IndexStats Stats()
    {
        var content = WithSearcher(searcher => ContentStats.GetValue(searcher.IndexReader, ReadContentStats));
        var files = new DirectoryInfo(IndexPath).GetFiles();
        return content with { LastUpdated = files.Length == 0 ? null : files.Max(f => f.LastWriteTimeUtc), IndexBytes = files.Sum(f => f.Length) };
    }

    private static IndexStats ReadContentStats(IndexReader reader)
    {
        var outlets = CountValues(reader, IndexFields.Outlet);
        long? min = null, max = null;
        foreach (var leaf in reader.Leaves)
        {
            var values = leaf.AtomicReader.GetNumericDocValues(IndexFields.Published);
            var has = leaf.AtomicReader.GetDocsWithField(IndexFields.Published);
            if (values is null || has is null)
            {
                continue;
            }
            for (var d = 0; d < leaf.AtomicReader.MaxDoc; d++)
            {
                if (has.Get(d))
                {
                    var v = values.Get(d);
                    min = Math.Min(min ?? v, v);
                    max = Math.Max(max ?? v, v);
                }
            }
        }
        return new IndexStats(reader.NumDocs, outlets,
            min is null ? null : DateOnly.FromDayNumber((int)min.Value), max is null ? null : DateOnly.FromDayNumber((int)max.Value), null, 0);
    }

    private static int CountValues(IndexReader reader, string field)
    {
        var values = new HashSet<string>(StringComparer.Ordinal);
        var scratch = new BytesRef();
        foreach (var leaf in reader.Leaves)
        {
            var dv = leaf.AtomicReader.GetSortedSetDocValues(field);
            if (dv is null)
            {
                continue;
            }
            for (var o = 0L; o < dv.ValueCount; o++)
            {
                dv.LookupOrd(o, scratch);
                values.Add(scratch.Utf8ToString());
            }
        }
        return values.Count;
    }

    /// <summary>Parses a query; an empty one matches every article. Errors come out as <see cref="SearchQueryException"/>.</summary>
    public Query Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return new MatchAllDocsQuery();
        }
        if (text.Length > SearchRequest.MaxQueryLength)
        {
            throw new SearchQueryException("query_too_long", $"the query has {text.Length} characters; the limit is {SearchRequest.MaxQueryLength}");
        }
        try
        {
            var query = new NewsQueryParser(_gazetteer).Parse(text);
            return query is BooleanQuery { Clauses.Count: 0 } ? new MatchAllDocsQuery() : query;
        }
        catch (ParseException e)
        {
            throw QueryErrors.From(e, text);
        }
        catch (BooleanQuery.TooManyClausesException)
        {
            throw new SearchQueryException("query_too_complex", $"the query expands to more than {BooleanQuery.MaxClauseCount} terms; make it narrower");
        }
    }

    private static void Validate(SearchRequest r)
    {
        if (r.Limit is < 1 or > SearchRequest.MaxLimit)
        {
            throw new SearchQueryException("limit_out_of_range", $"limit must be from 1 to {SearchRequest.MaxLimit}", "limit");
        }
        if (r.Offset < 0 || r.Offset + r.Limit > SearchRequest.MaxOffset)
        {
            throw new SearchQueryException("offset_out_of_range", $"offset must be from 0 to {SearchRequest.MaxOffset - r.Limit} (offset + limit ≤ {SearchRequest.MaxOffset}); use cursor to page further", "offset");
        }
        if (r.Cursor is not null && r.Offset > 0)
        {
            throw new SearchQueryException("invalid_cursor", "give either offset or cursor, not both", "cursor");
        }
        if (r.FacetSize is < 1 or > SearchRequest.MaxFacetSize)
        {
            throw new SearchQueryException("facet_size_out_of_range", $"facetSize must be from 1 to {SearchRequest.MaxFacetSize}", "facetSize");
        }
        if (r.Fragments is < 1 or > SearchRequest.MaxFragments)
        {
            throw new SearchQueryException("fragments_out_of_range", $"fragments must be from 1 to {SearchRequest.MaxFragments}", "fragments");
        }
        if (r.FragmentSize is < 50 or > 1000)
        {
            throw new SearchQueryException("fragment_size_out_of_range", "fragmentSize must be from 50 to 1000", "fragmentSize");
        }
        if (r.Facets.FirstOrDefault(f => FacetFields.FieldOf(f) is null) is { } unknown)
        {
            throw new SearchQueryException("unknown_facet", $"unknown facet '{unknown}'; facets are {string.Join(", ", FacetFields.Fields.Keys)}", "facets");
        }
        if (r.Filters.Keys.FirstOrDefault(f => !FacetFields.Filterable.Contains(f, StringComparer.OrdinalIgnoreCase)) is { } badFilter)
        {
            throw new SearchQueryException("unknown_filter", $"unknown filter '{badFilter}'; filters are {string.Join(", ", FacetFields.Filterable)}", badFilter);
        }
        if (r.From is { } from && r.To is { } to && from > to)
        {
            throw new SearchQueryException("invalid_date", $"from ({from:yyyy-MM-dd}) is after to ({to:yyyy-MM-dd})", "from");
        }
    }

    private List<KeywordFilter> FilterClauses(SearchRequest r)
    {
        var list = new List<KeywordFilter>();
        foreach (var (name, values) in r.Filters)
        {
            var field = FacetFields.FieldOf(name)!;
            var terms = values.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => FilterTerm(field, v)).ToList();
            if (terms.Count > 0)
            {
                list.Add(new KeywordFilter(field, terms));
            }
        }
        return list;
    }

    private string FilterTerm(string field, string value) =>
        IndexFields.KeywordTerm(field == IndexFields.Country && _gazetteer.Find(value) is { } c ? c.Code : value);

    private static Query WithDateRange(Query query, SearchRequest r)
    {
        if (r.From is null && r.To is null)
        {
            return query;
        }
        var range = NumericRangeQuery.NewInt64Range(IndexFields.Published, r.From?.DayNumber, r.To?.DayNumber, true, true);
        return new FilteredQuery(query, new QueryWrapperFilter(range));
    }

    private static Sort SortFor(SortOrder order) => order switch
    {
        SortOrder.Newest => new Sort(DateSort(reverse: true), IdTieBreak.SortField),
        SortOrder.Oldest => new Sort(DateSort(reverse: false), IdTieBreak.SortField),
        _ => new Sort(SortField.FIELD_SCORE, IdTieBreak.SortField),
    };

    // Undated articles go last in both date orders.
    private static SortField DateSort(bool reverse)
    {
        var field = new SortField(IndexFields.Published, SortFieldType.INT64, reverse);
        field.SetMissingValue(J2N.Numerics.Int64.GetInstance(reverse ? long.MinValue : long.MaxValue));
        return field;
    }

    private static SearchHit Hit(IndexSearcher searcher, ScoreDoc d, HighlightTerms? highlight, Dictionary<int, List<(int Start, int End)>>? spans, SearchRequest r)
    {
        if (highlight is null || spans is null)
        {
            return new SearchHit(Load(searcher, d.Doc, withText: false), d.Score, null, []);
        }
        var article = Load(searcher, d.Doc, withText: true);
        var title = article.Title is null ? null : PassageHighlighter.Mark(article.Title, highlight.Spans(article.Title, IndexFields.Title));
        var body = PassageHighlighter.Passages(article.Text, spans.GetValueOrDefault(d.Doc) ?? highlight.Spans(article.Text, IndexFields.Body), r.Fragments, r.FragmentSize);
        return new SearchHit(article with { Text = "" }, float.IsNaN(d.Score) ? 0 : d.Score, title, body);
    }

    private Dictionary<string, IReadOnlyList<FacetCount>> Facets(MultiSelectCollector collector, SearchRequest r, IReadOnlyList<string> names, string? prefix)
    {
        var result = new Dictionary<string, IReadOnlyList<FacetCount>>(StringComparer.Ordinal);
        var wanted = prefix is null ? null : PersonNameData.Key(prefix);
        foreach (var name in names)
        {
            var field = FacetFields.FieldOf(name)!;
            var selected = r.Filters.Where(f => FacetFields.FieldOf(f.Key) == field).SelectMany(f => f.Value)
                .Select(v => field == IndexFields.Country && _gazetteer.Find(v) is { } c ? c.Code : v).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            bool IsSelected(string v) => selected.Contains(v, StringComparer.OrdinalIgnoreCase);
            Func<string, bool>? keep = wanted is null ? null
                : v => StartsWithWord(v, wanted) || (field == IndexFields.Country && CountryName(v) is { } n && StartsWithWord(n, wanted));
            var listed = field is IndexFields.Year or IndexFields.Month
                ? collector.All(field).Select(kv => new FacetCount(kv.Key, kv.Value, false)).ToList()
                : collector.Top(field, r.FacetSize, keep).Select(kv => new FacetCount(kv.Key, kv.Value, IsSelected(kv.Key))).ToList();
            // A selected value always shows, even when nothing matches it now.
            foreach (var s in selected.Where(s => wanted is null && !listed.Any(l => l.Value.Equals(s, StringComparison.OrdinalIgnoreCase))))
            {
                listed.Add(new FacetCount(s, collector.CountOf(field, s), true));
            }
            result[name.ToLowerInvariant()] = listed;
        }
        return result;
    }

    private static Article Load(IndexSearcher searcher, int doc, bool withText)
    {
        var leaves = searcher.IndexReader.Leaves;
        var leaf = leaves[ReaderUtil.SubIndex(doc, leaves)];
        return ArticleDocument.Read(leaf.AtomicReader, doc - leaf.DocBase, withText);
    }

    // The body spans of a page of hits, by document, from the offsets in the postings: one pass per term and segment.
    // A segment written before offsets were indexed is left out; its hits re-analyse their text instead.
    private static Dictionary<int, List<(int Start, int End)>> BodySpans(IndexSearcher searcher, IEnumerable<int> docs, HighlightTerms highlight)
    {
        var result = new Dictionary<int, List<(int Start, int End)>>();
        var leaves = searcher.IndexReader.Leaves;
        foreach (var group in docs.GroupBy(d => ReaderUtil.SubIndex(d, leaves)))
        {
            var leaf = leaves[group.Key];
            if (leaf.AtomicReader.FieldInfos.FieldInfo(IndexFields.BodyExact) is not { IndexOptions: IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS })
            {
                continue;
            }
            foreach (var (doc, spans) in highlight.Spans(leaf.AtomicReader, group.Select(d => d - leaf.DocBase), IndexFields.Body))
            {
                result[doc + leaf.DocBase] = spans;
            }
        }
        return result;
    }

    private static bool StartsWithWord(string value, string wantedKey)
    {
        var key = PersonNameData.Key(value);
        return key.StartsWith(wantedKey, StringComparison.Ordinal) || key.Contains(" " + wantedKey, StringComparison.Ordinal)
            || key.Contains("-" + wantedKey, StringComparison.Ordinal);
    }

    /// <summary>Country name for a code, for API answers.</summary>
    public string? CountryName(string code) => _gazetteer.ByCode(code)?.Name;

    /// <summary>The search-after position of the last hit of a page, as an opaque URL-safe string.</summary>
    private static class Cursor
    {
        public static string Encode(FieldDoc last, SortOrder order)
        {
            var first = last.Fields[0] switch
            {
                BytesRef b => b.Utf8ToString(),
                null => null,
                var v => Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture),
            };
            var id = ((BytesRef)last.Fields[1]).Utf8ToString();
            var json = JsonSerializer.Serialize(new[] { order.ToString(), first, id });
            return Convert.ToBase64String(Encoding.UTF8.GetBytes(json)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        }

        public static FieldDoc Decode(string cursor, SortOrder order)
        {
            try
            {
                var b64 = cursor.Replace('-', '+').Replace('_', '/');
                b64 = b64.PadRight(b64.Length + (4 - b64.Length % 4) % 4, '=');
                var parts = JsonSerializer.Deserialize<string?[]>(Encoding.UTF8.GetString(Convert.FromBase64String(b64)));
                if (parts is not { Length: 3 } || parts[0] != order.ToString() || parts[2] is null || parts[1] is null)
                {
                    throw new FormatException();
                }
                var inv = System.Globalization.CultureInfo.InvariantCulture;
                object first = order == SortOrder.Relevance
                    ? J2N.Numerics.Single.GetInstance(float.Parse(parts[1]!, inv))
                    : J2N.Numerics.Int64.GetInstance(long.Parse(parts[1]!, inv));
                var score = order == SortOrder.Relevance ? float.Parse(parts[1]!, inv) : float.NaN;
                return new FieldDoc(int.MaxValue, score, [first, new BytesRef(parts[2]!)]);
            }
            catch (Exception e) when (e is FormatException or JsonException or OverflowException or ArgumentException)
            {
                throw new SearchQueryException("invalid_cursor", "cursor is not one this service gave for this sort order; start again without it", "cursor");
            }
        }
    }
}
