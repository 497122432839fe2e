using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Search.Core.Schema;
using Search.Core.Searching;
using Search.Core.Errors;

namespace Search.Api.Endpoints;

/// <summary>
/// Every query parameter of the API, declared once: its type, default and description feed the OpenAPI document, and
/// the names an endpoint declares are the only ones it accepts (any other is an <c>unknown_parameter</c> error).
/// </summary>
public static class ApiParameters
{
    public sealed record Parameter(string Name, JsonSchemaType Type, string Description, string? Default = null, bool Repeatable = false);

    private static readonly string Facets = string.Join(", ", FieldCatalog.Facets.Select(f => f.Name));

    private static readonly string[] FilterNames = FieldCatalog.Filters.Select(f => f.Name).ToArray();

    public static readonly IReadOnlyDictionary<string, Parameter> All = new[]
    {
        new Parameter("q", JsonSchemaType.String, $"Query: words (all required), \"exact phrases\", OR, NOT, prefix*, wild?ard, fuzzy~, fields ({string.Join(", ", FieldCatalog.QueryNames.Select(f => f + ":"))}), published:[2014 TO 2016-06]. Empty: every article. At most {SearchRequest.MaxQueryLength} characters; control characters are refused."),
        new Parameter("from", JsonSchemaType.String, "Published on or after: 2014, 2014-06 or 2014-06-17 (the first day of a year or month)."),
        new Parameter("to", JsonSchemaType.String, "Published on or before: 2014, 2014-06 or 2014-06-17 (the last day of a year or month)."),
        new Parameter("sort", JsonSchemaType.String, "relevance, newest or oldest (by publication date; undated articles last), or added (most recently indexed first).", "relevance"),
        new Parameter("limit", JsonSchemaType.Integer, $"Hits per page, 0 to {SearchRequest.MaxLimit}; 0 answers the counts only (total, facets, stories).", "20"),
        new Parameter("offset", JsonSchemaType.Integer, $"Hits to skip; offset + limit at most {SearchRequest.MaxOffset}. Page further with cursor.", "0"),
        new Parameter("cursor", JsonSchemaType.String, "The nextCursor of the previous page (same query, filters, dates and sort): pages through every result without gaps or repeats."),
        new Parameter("facets", JsonSchemaType.String, $"Comma list of facets to count over all matches: {Facets}. A year histogram turns into months too when from/to span two years or less.", string.Join(",", SearchRequest.DefaultFacets)),
        new Parameter("collapse", JsonSchemaType.String, "copies: one hit per story — an article and its copies (reposts, wire copy) come back once, as their best match, with the outlets of the others in copyOutlets; stories counts them. Empty: every article.", ""),
        new Parameter("facetSize", JsonSchemaType.Integer, $"Values per facet, 1 to {SearchRequest.MaxFacetSize}.", "10"),
        new Parameter("highlight", JsonSchemaType.Boolean, "Return what matched: highlighted title and passages (HTML: text escaped, matches in <mark>) and the same as text with match ranges.", "true"),
        new Parameter("matches", JsonSchemaType.Boolean, "Also return each passage as plain text with the ranges of its matches (highlights.passages, highlights.titleMatches: start and length in Unicode code points), for clients that render highlights their own way.", "false"),
        new Parameter("fragments", JsonSchemaType.Integer, $"Body passages per hit, 1 to {SearchRequest.MaxFragments}.", "3"),
        new Parameter("fragmentSize", JsonSchemaType.Integer, $"Passage length in characters, {SearchRequest.MinFragmentSize} to {SearchRequest.MaxFragmentSize}.", "200"),
        new Parameter("prefix", JsonSchemaType.String, "Keep values whose name, or any word of it, starts with this (case and accents ignored)."),
        new Parameter("size", JsonSchemaType.Integer, $"Rows and columns at most, 1 to {SearchRequest.MaxFacetSize}.", "10"),
        new Parameter("rows", JsonSchemaType.String, $"Facet for the rows: {Facets}.", "outlet"),
        new Parameter("columns", JsonSchemaType.String, $"Facet for the columns: {Facets}.", "country"),
        new Parameter("format", JsonSchemaType.String, "csv (opens in a spreadsheet) or ndjson (one JSON object a line). Exports default to csv, batches to ndjson."),
        new Parameter("breakdown", JsonSchemaType.String, $"For each query of a batch, count its matches per value of this facet: {Facets}. Empty: totals only."),
        new Parameter("token", JsonSchemaType.String, "The saved search's feed token (from its feedUrl; rotate it with POST /api/saved-searches/{id}/token)."),
        new Parameter("fields", JsonSchemaType.String, $"Comma list of columns: {string.Join(", ", FieldCatalog.Exportable.Select(f => f.ExportName))}.", string.Join(",", FieldCatalog.DefaultExport)),
        new Parameter("by", JsonSchemaType.String, $"The facet whose values are compared or drawn as lines: {Facets}.", "outlet"),
        new Parameter("values", JsonSchemaType.String, "Comma list (or repeated) of the values to compare or draw, 2 to 10 (aliases and country names resolved). Empty: the 5 with most matches.", Repeatable: true),
        new Parameter("terms", JsonSchemaType.Integer, $"Terms per list, 1 to {SearchRequest.MaxLimit}.", "15"),
        new Parameter("interval", JsonSchemaType.String, "year or month.", "year"),
        new Parameter("normalize", JsonSchemaType.Boolean, "Also give each value's share per period: its matching articles over all its articles of the period (so a small outlet's obsession and a large outlet's passing mention compare).", "false"),
        new Parameter("includeText", JsonSchemaType.Boolean, "Add each article's full text (as the text column).", "false"),
    }.Concat(FieldCatalog.Filters.Select(f => new Parameter(f.Name, JsonSchemaType.String,
        $"Only articles with these values: {f.Description} Repeat the parameter, or separate values with commas: values of one field OR, fields AND.", Repeatable: true)))
        .ToDictionary(p => p.Name, StringComparer.OrdinalIgnoreCase);

    /// <summary>What selects the matches: query, filters, dates (no paging, facets or highlighting).</summary>
    public static readonly string[] Selection = ["q", .. FilterNames, "from", "to"];

    /// <summary>The parameters of a search: the selection, sort, paging, facets, highlighting.</summary>
    public static readonly string[] Search = [.. Selection, "sort", "limit", "offset", "cursor", "collapse", "facets", "facetSize", "highlight", "matches", "fragments", "fragmentSize"];

    /// <summary>Documents the endpoint's query parameters in the OpenAPI document.</summary>
    public static TBuilder WithQueryParameters<TBuilder>(this TBuilder builder, params string[] names) where TBuilder : IEndpointConventionBuilder =>
        builder.AddOpenApiOperationTransformer((operation, _, _) =>
        {
            operation.Parameters ??= [];
            foreach (var name in names)
            {
                var p = All[name];
                if (operation.Parameters.Any(x => x.Name == p.Name))
                {
                    continue;
                }
                var schema = new OpenApiSchema { Type = p.Type };
                if (p.Default is not null)
                {
                    schema.Default = System.Text.Json.Nodes.JsonValue.Create(p.Default);
                }
                operation.Parameters.Add(new OpenApiParameter
                {
                    Name = p.Name,
                    In = ParameterLocation.Query,
                    Description = p.Description,
                    Schema = p.Repeatable ? new OpenApiSchema { Type = JsonSchemaType.Array, Items = schema } : schema,
                    Explode = p.Repeatable,
                });
            }
            return Task.CompletedTask;
        });

    /// <summary>Refuses any query parameter the endpoint does not declare, naming the ones it does.</summary>
    public static void RejectUnknown(IQueryCollection query, IReadOnlyCollection<string> known)
    {
        if (query.Keys.FirstOrDefault(k => !known.Contains(k, StringComparer.OrdinalIgnoreCase)) is { } unknown)
        {
            throw new SearchRequestException(ErrorCodes.UnknownParameter, $"unknown parameter '{unknown}'; known parameters: {string.Join(", ", known)}", unknown);
        }
    }
}
