using System.Security.Cryptography;
using System.Text;
using Lucene.Net.Search;
using Search.Core.Errors;
using Search.Core.Indexing;
using Search.Core.Schema;
using Search.Core.Facets;
using Search.Core.Querying;

namespace Search.Core.Searching;

/// <summary>
/// A search request checked and turned into what Lucene runs, once per request: the parsed query with its date range,
/// the keyword filters, the facets to count, the sort and the position a cursor resumes from. Every range check of a
/// request lives here, so the API and any other caller refuse the same requests with the same codes.
/// </summary>
internal sealed class SearchPlan
{
    /// <summary>The year histogram adds months when the asked-for range spans this many days or fewer (two years).</summary>
    private const int MonthlyHistogramDays = 731;

    private SearchPlan(SearchRequest request, Query parsed, Query query, IReadOnlyList<KeywordFilter> filters,
        IReadOnlyList<FieldDefinition> facets, Sort sort, FieldDoc? after, string fingerprint)
    {
        Request = request;
        Parsed = parsed;
        Query = query;
        Filters = filters;
        Facets = facets;
        Sort = sort;
        After = after;
        Fingerprint = fingerprint;
    }

    public SearchRequest Request { get; }

    /// <summary>The query as parsed, before the date range: what highlighting reads.</summary>
    public Query Parsed { get; }

    /// <summary>The query Lucene runs (the parsed query within the date range).</summary>
    public Query Query { get; }

    public IReadOnlyList<KeywordFilter> Filters { get; }

    public IReadOnlyList<FieldDefinition> Facets { get; }

    public Sort Sort { get; }

    /// <summary>Where a cursor resumes; null for offset paging.</summary>
    public FieldDoc? After { get; }

    /// <summary>What the search selects (query, filters, dates), as a short hash: a cursor is valid only for the same.</summary>
    public string Fingerprint { get; }

    /// <summary>How many top hits to collect for the page.</summary>
    public int Window => After is null ? Request.Offset + Request.Limit : Request.Limit;

    /// <summary>Hits of the collected window to skip.</summary>
    public int Skip => After is null ? Request.Offset : 0;

    /// <summary>The plan of a request over <paramref name="reader"/> (the parser widens terms only where the index has them).</summary>
    public static SearchPlan For(SearchRequest request, KeywordValues values, Lucene.Net.Index.IndexReader? reader = null)
    {
        Validate(request);
        var parsed = NewsQueryParser.Read(request.Query, values, reader, request.Transliterate);
        var filters = FilterClauses(request, values);
        var fingerprint = FingerprintOf(request, filters);
        var after = request.Cursor is null ? null : SearchCursor.Decode(request.Cursor, request.Sort, fingerprint);
        return new SearchPlan(request, parsed, WithDateRange(parsed, request), filters, FacetsOf(request), SortFor(request.Sort), after, fingerprint);
    }

    /// <summary>The facet a caller names, or an <c>unknown_facet</c> error naming the parameter.</summary>
    public static FieldDefinition FacetNamed(string name, string parameter) => FieldCatalog.Facet(name)
        ?? throw new SearchRequestException(ErrorCodes.UnknownFacet, $"unknown facet '{name}'; facets are {string.Join(", ", FieldCatalog.Facets.Select(f => f.Name))}", parameter);

    /// <summary>Refuses a count outside 1 to <paramref name="max"/>.</summary>
    public static void CheckRange(int value, int max, ErrorCode error, string parameter, int min = 1)
    {
        if (value < min || value > max)
        {
            throw new SearchRequestException(error, $"{parameter} must be from {min} to {max}", parameter);
        }
    }

    private static void Validate(SearchRequest r)
    {
        // limit=0 asks for counts only (total, facets, stories), as Elasticsearch's size=0.
        CheckRange(r.Limit, SearchRequest.MaxLimit, ErrorCodes.LimitOutOfRange, "limit", min: 0);
        if (r.Offset < 0 || r.Offset + r.Limit > SearchRequest.MaxOffset)
        {
            throw new SearchRequestException(ErrorCodes.OffsetOutOfRange, $"offset must be from 0 to {SearchRequest.MaxOffset - r.Limit} (offset + limit ≤ {SearchRequest.MaxOffset}); use cursor to page further", "offset");
        }
        if (r.Cursor is not null && r.Offset > 0)
        {
            throw new SearchRequestException(ErrorCodes.InvalidCursor, "give either offset or cursor, not both", "cursor");
        }
        CheckRange(r.FacetSize, SearchRequest.MaxFacetSize, ErrorCodes.FacetSizeOutOfRange, "facetSize");
        CheckRange(r.Fragments, SearchRequest.MaxFragments, ErrorCodes.FragmentsOutOfRange, "fragments");
        if (r.FragmentSize is < SearchRequest.MinFragmentSize or > SearchRequest.MaxFragmentSize)
        {
            throw new SearchRequestException(ErrorCodes.FragmentSizeOutOfRange, $"fragmentSize must be from {SearchRequest.MinFragmentSize} to {SearchRequest.MaxFragmentSize}", "fragmentSize");
        }
        foreach (var facet in r.Facets)
        {
            FacetNamed(facet, "facets");
        }
        if (r.Filters.Keys.FirstOrDefault(f => FieldCatalog.Filter(f) is null) is { } badFilter)
        {
            throw new SearchRequestException(ErrorCodes.UnknownParameter, $"unknown filter '{badFilter}'; filters are {string.Join(", ", FieldCatalog.Filters.Select(f => f.Name))}", badFilter);
        }
        if (r.From is { } from && r.To is { } to && from > to)
        {
            throw new SearchRequestException(ErrorCodes.InvalidDate, $"from ({from:yyyy-MM-dd}) is after to ({to:yyyy-MM-dd})", "from");
        }
    }

    private static List<FieldDefinition> FacetsOf(SearchRequest r)
    {
        var facets = r.Facets.Select(f => FieldCatalog.Facet(f)!).Distinct().ToList();
        var year = FieldCatalog.Facet("year")!;
        var month = FieldCatalog.Facet("month")!;
        if (facets.Contains(year) && !facets.Contains(month) && r.From is { } from && r.To is { } to && to.DayNumber - from.DayNumber <= MonthlyHistogramDays)
        {
            facets.Add(month);
        }
        return facets;
    }

    private static List<KeywordFilter> FilterClauses(SearchRequest r, KeywordValues values)
    {
        var list = new List<KeywordFilter>();
        foreach (var (name, given) in r.Filters)
        {
            var field = FieldCatalog.Filter(name)!;
            var terms = given.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => values.Term(field, v)).Distinct().ToList();
            if (terms.Count > 0)
            {
                list.Add(new KeywordFilter(field.IndexName, terms));
            }
        }
        return list;
    }

    private static string FingerprintOf(SearchRequest r, List<KeywordFilter> filters)
    {
        var text = new StringBuilder(r.Query?.Trim() ?? "").Append('\u0001').Append(r.From?.DayNumber).Append('\u0001').Append(r.To?.DayNumber)
            .Append('\u0001').Append(r.Transliterate);
        foreach (var filter in filters.OrderBy(f => f.Field, StringComparer.Ordinal))
        {
            text.Append('\u0001').Append(filter.Field).Append('=').AppendJoin('\u0002', filter.Terms.Order(StringComparer.Ordinal));
        }
        // A collapsed walk skips copies: its cursor is no cursor for the walk over every article (and the other way).
        if (r.Collapse != Collapse.None)
        {
            text.Append('\u0001').Append("collapse=").Append(r.Collapse);
        }
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())), 0, 6).ToLowerInvariant();
    }

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
        SortOrder.Added => new Sort(new SortField(IndexFields.Added, SortFieldType.INT64, true), IdTieBreak.SortField),
        _ => new Sort(SortField.FIELD_SCORE, IdTieBreak.SortField),
    };

    // Undated articles go last in both date orders.
    private static SortField DateSort(bool reverse)
    {
        var field = new SortField(IndexFields.Published, SortFieldType.INT64, reverse);
        field.SetMissingValue(J2N.Numerics.Int64.GetInstance(reverse ? long.MinValue : long.MaxValue));
        return field;
    }
}
