using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Search.Core.Schema;
using Search.Core.Searching;
using Search.Core.Querying;
using Search.Core.Coverage;

namespace Search.Api.Endpoints;

/// <summary>
/// Every query parameter of the API, declared once (<see cref="ApiParameter"/>). Defaults and ranges of a search come
/// from <see cref="SearchRequest"/>; an endpoint's own defaults are written here and nowhere else. The parameters an
/// endpoint declares are the only ones it accepts (any other is an <c>unknown_parameter</c> error).
/// </summary>
public static class ApiParameters
{
    private static readonly SearchRequest Defaults = new();
    private static readonly string FacetNames = string.Join(", ", FieldCatalog.Facets.Select(f => f.Name));
    private static readonly string[] Formats = ["csv", "ndjson"];

    public static readonly TextParameter Query = new("q", $"Query: words (all required), \"exact phrases\", OR, NOT, prefix*, wild?ard, fuzzy~, fields ({string.Join(", ", FieldCatalog.QueryNames.Select(f => f + ":"))}), published:[2014 TO 2016-06]. Empty: every article. At most {NewsQueryParser.MaxQueryLength} characters; control characters are refused.");
    public static readonly TextParameter From = new("from", "Published on or after: 2014, 2014-06 or 2014-06-17 (the first day of a year or month).");
    public static readonly TextParameter To = new("to", "Published on or before: 2014, 2014-06 or 2014-06-17 (the last day of a year or month).");
    public static readonly SwitchParameter Transliterate = new("transliterate", "Let a word find its spellings in the index's other scripts: \"Putin\" finds \"Путин\" and \"بوتين\", \"Навальный\" finds \"Navalny\" (unquoted words; Cyrillic, Greek, Arabic and Hebrew to and from Latin). false: the words as typed only.", Defaults.Transliterate);
    public static readonly TextParameter Sort = new("sort", "relevance, newest or oldest (by publication date; undated articles last), or added (most recently indexed first).",
        Defaults.Sort.ToString().ToLowerInvariant(), Enum.GetNames<SortOrder>().Select(n => n.ToLowerInvariant()).ToList());
    public static readonly NumberParameter Limit = new("limit", $"Hits per page, 0 to {SearchRequest.MaxLimit}; 0 answers the counts only (total, facets, stories).", Defaults.Limit, 0, SearchRequest.MaxLimit);
    public static readonly NumberParameter Offset = new("offset", $"Hits to skip; offset + limit at most {SearchRequest.MaxOffset}. Page further with cursor.", Defaults.Offset, 0, SearchRequest.MaxOffset);
    public static readonly TextParameter Cursor = new("cursor", "The nextCursor of the previous page (same query, filters, dates and sort): pages through every result without gaps or repeats.");
    public static readonly ListParameter Facets = new("facets", $"Comma list of facets to count over all matches: {FacetNames}. A year histogram turns into months too when from/to span two years or less.", SearchRequest.DefaultFacets, repeatable: false);
    public static readonly TextParameter Collapse = new("collapse", "copies: one hit per story — an article and its copies (reposts, wire copy) come back once, as their best match, with the outlets of the others in copyOutlets; stories counts them. Empty: every article.", null, ["copies"]);
    public static readonly NumberParameter FacetSize = new("facetSize", $"Values per facet, 1 to {SearchRequest.MaxFacetSize}.", Defaults.FacetSize, 1, SearchRequest.MaxFacetSize);
    public static readonly SwitchParameter Highlight = new("highlight", "Return what matched: highlighted title and passages (HTML: text escaped, matches in <mark>) and the same as text with match ranges.", Defaults.Highlight);
    public static readonly SwitchParameter Matches = new("matches", "Also return each passage as plain text with the ranges of its matches (highlights.passages, highlights.titleMatches: start and length in Unicode code points), for clients that render highlights their own way.", false);
    public static readonly NumberParameter Fragments = new("fragments", $"Body passages per hit, 1 to {SearchRequest.MaxFragments}.", Defaults.Fragments, 1, SearchRequest.MaxFragments);
    public static readonly NumberParameter FragmentSize = new("fragmentSize", $"Passage length in characters, {SearchRequest.MinFragmentSize} to {SearchRequest.MaxFragmentSize}.", Defaults.FragmentSize, SearchRequest.MinFragmentSize, SearchRequest.MaxFragmentSize);

    public static readonly TextParameter Prefix = new("prefix", "Keep values whose name, or any word of it, starts with this (case and accents ignored).");
    public static readonly NumberParameter FacetLimit = new("limit", $"Values, 1 to {SearchRequest.MaxFacetSize}.", 10, 1, SearchRequest.MaxFacetSize);
    public static readonly NumberParameter PivotSize = new("size", $"Rows and columns at most, 1 to {SearchRequest.MaxFacetSize}.", 10, 1, SearchRequest.MaxFacetSize);
    public static readonly TextParameter Rows = new("rows", $"Facet for the rows: {FacetNames}.", "outlet");
    public static readonly TextParameter Columns = new("columns", $"Facet for the columns: {FacetNames}.", "country");
    public static readonly NumberParameter SimilarLimit = new("limit", $"Similar articles, 1 to {SearchRequest.MaxLimit}.", 10, 1, SearchRequest.MaxLimit);

    public static readonly TextParameter ExportFormat = new("format", "csv (opens in a spreadsheet) or ndjson (one JSON object a line).", "csv", Formats);
    public static readonly ListParameter Fields = new("fields", $"Comma list of columns: {string.Join(", ", FieldCatalog.Exportable.Select(f => f.ExportName))}.", FieldCatalog.DefaultExport, repeatable: false);
    public static readonly SwitchParameter IncludeText = new("includeText", "Add each article's full text (as the text column).", false);
    public static readonly TextParameter BatchFormat = new("format", "ndjson (one JSON object a line) or csv (opens in a spreadsheet).", "ndjson", Formats);
    public static readonly TextParameter Breakdown = new("breakdown", $"For each query of a batch, count its matches per value of this facet: {FacetNames}. Empty: totals only.");
    public static readonly TextParameter BatchName = new("name", "A query's name in a batch (a JSON property or CSV column): its answer line carries it. Default: query 1, query 2, …");
    public static readonly TextParameter Token = new("token", "The saved search's feed token (from its feedUrl; rotate it with POST /api/saved-searches/{id}/token).");

    public static readonly TextParameter By = new("by", $"The facet whose values are compared or drawn as lines: {FacetNames}.", "outlet");
    public static readonly ListParameter Values = new("values", $"Comma list (or repeated) of the values to compare or draw, 2 to {CompareResult.MaxValues} (aliases and country names resolved). Empty: the {CompareResult.DefaultValues} with most matches.");
    public static readonly NumberParameter Terms = new("terms", $"Terms per list, 1 to {SearchRequest.MaxLimit}.", 15, 1, SearchRequest.MaxLimit);
    public static readonly TextParameter Interval = new("interval", "year or month.", "year", ["year", "month"]);
    public static readonly SwitchParameter Normalize = new("normalize", "Also give each value's share per period: its matching articles over all its articles of the period (so a small outlet's obsession and a large outlet's passing mention compare).", false);

    /// <summary>One parameter a filter field, named as the field.</summary>
    public static readonly IReadOnlyList<ListParameter> Filters = FieldCatalog.Filters.Select(f => new ListParameter(f.Name,
        $"Only articles with these values: {f.Description} Repeat the parameter, or separate values with commas: values of one field OR, fields AND.")).ToList();

    /// <summary>What selects the matches: query, filters, dates (no paging, facets or highlighting).</summary>
    public static readonly ApiParameter[] Selection = [Query, .. Filters, From, To, Transliterate];

    /// <summary>The parameters of a search: the selection, sort, paging, facets, highlighting.</summary>
    public static readonly ApiParameter[] Search = [.. Selection, Sort, Limit, Offset, Cursor, Collapse, Facets, FacetSize, Highlight, Matches, Fragments, FragmentSize];

    /// <summary>Every parameter by name, for reading JSON bodies (parameters that share a name share a type).</summary>
    public static readonly IReadOnlyDictionary<string, ApiParameter> ByName = typeof(ApiParameters).GetFields()
        .Where(f => f.FieldType.IsSubclassOf(typeof(ApiParameter))).Select(f => (ApiParameter)f.GetValue(null)!).Concat(Filters)
        .GroupBy(p => p.Name, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);

    /// <summary>Documents the endpoint's query parameters in the OpenAPI document.</summary>
    public static TBuilder WithQueryParameters<TBuilder>(this TBuilder builder, params ApiParameter[] parameters) where TBuilder : IEndpointConventionBuilder =>
        builder.AddOpenApiOperationTransformer((operation, _, _) =>
        {
            operation.Parameters ??= [];
            foreach (var p in parameters.Where(p => operation.Parameters.All(x => x.Name != p.Name)))
            {
                operation.Parameters.Add(new OpenApiParameter
                {
                    Name = p.Name,
                    In = ParameterLocation.Query,
                    Description = p.Description,
                    Schema = p.Schema(),
                    Explode = p.Repeatable,
                });
            }
            return Task.CompletedTask;
        });
}
