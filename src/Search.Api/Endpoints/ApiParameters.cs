using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Search.Core.Searching;

namespace Search.Api.Endpoints;

/// <summary>
/// Every query parameter of the API, declared once: its type, default and description feed the OpenAPI document, and
/// the names an endpoint declares are the only ones it accepts (any other is an <c>unknown_parameter</c> error).
/// </summary>
public static class ApiParameters
{
    public sealed record Parameter(string Name, JsonSchemaType Type, string Description, string? Default = null, bool Repeatable = false);

    private static readonly string Facets = string.Join(", ", FacetFields.Fields.Keys);

    public static readonly IReadOnlyDictionary<string, Parameter> All = new[]
    {
        new Parameter("q", JsonSchemaType.String, $"Query: words (all required), \"exact phrases\", OR, NOT, prefix*, wild?ard, fuzzy~, fields ({string.Join(", ", NewsQueryParser.KnownFields.Select(f => f + ":"))}), published:[2014 TO 2016-06]. Empty: every article. At most {SearchRequest.MaxQueryLength} characters."),
        new Parameter("outlet", JsonSchemaType.String, "Only these outlets (repeat, or separate with commas: values of one field OR).", Repeatable: true),
        new Parameter("site", JsonSchemaType.String, "Only pages from these sites (for reposts, the aggregator).", Repeatable: true),
        new Parameter("country", JsonSchemaType.String, "Only articles mentioning these countries: ISO code (IR) or name (Iran).", Repeatable: true),
        new Parameter("person", JsonSchemaType.String, "Only articles naming these people (canonical full names, as the person facet shows them).", Repeatable: true),
        new Parameter("author", JsonSchemaType.String, "Only articles by these authors.", Repeatable: true),
        new Parameter("cites", JsonSchemaType.String, "Only articles citing these outlets as sources.", Repeatable: true),
        new Parameter("from", JsonSchemaType.String, "Published on or after: 2014, 2014-06 or 2014-06-17 (the first day of a year or month)."),
        new Parameter("to", JsonSchemaType.String, "Published on or before: 2014, 2014-06 or 2014-06-17 (the last day of a year or month)."),
        new Parameter("sort", JsonSchemaType.String, "relevance, newest or oldest (undated articles last).", "relevance"),
        new Parameter("limit", JsonSchemaType.Integer, $"Hits per page, 1 to {SearchRequest.MaxLimit}.", "20"),
        new Parameter("offset", JsonSchemaType.Integer, $"Hits to skip; offset + limit at most {SearchRequest.MaxOffset}. Page further with cursor.", "0"),
        new Parameter("cursor", JsonSchemaType.String, "The nextCursor of the previous page (same query and sort): pages through every result without gaps or repeats."),
        new Parameter("facets", JsonSchemaType.String, $"Comma list of facets to count over all matches: {Facets}. A year histogram turns into months too when from/to span two years or less.", "outlet,country,person,year"),
        new Parameter("facetSize", JsonSchemaType.Integer, $"Values per facet, 1 to {SearchRequest.MaxFacetSize}.", "10"),
        new Parameter("highlight", JsonSchemaType.Boolean, "Return highlighted title and passages (HTML: text escaped, matches in <mark>).", "true"),
        new Parameter("fragments", JsonSchemaType.Integer, $"Body passages per hit, 1 to {SearchRequest.MaxFragments}.", "3"),
        new Parameter("fragmentSize", JsonSchemaType.Integer, "Passage length in characters, 50 to 1000.", "200"),
        new Parameter("prefix", JsonSchemaType.String, "Keep values whose name, or any word of it, starts with this (case and accents ignored)."),
        new Parameter("size", JsonSchemaType.Integer, $"Rows and columns at most, 1 to {SearchRequest.MaxFacetSize}.", "10"),
        new Parameter("rows", JsonSchemaType.String, $"Facet for the rows: {Facets}.", "outlet"),
        new Parameter("columns", JsonSchemaType.String, $"Facet for the columns: {Facets}.", "country"),
        new Parameter("format", JsonSchemaType.String, "csv (opens in a spreadsheet) or ndjson (one JSON object a line).", "csv"),
        new Parameter("fields", JsonSchemaType.String, $"Comma list of columns: {string.Join(", ", ExportFields.All)}.", string.Join(",", ExportFields.Default)),
        new Parameter("includeText", JsonSchemaType.Boolean, "Add each article's full text (as the text field).", "false"),
    }.ToDictionary(p => p.Name, StringComparer.OrdinalIgnoreCase);

    /// <summary>The parameters of a search: query, filters, dates, sort, paging, facets, highlighting.</summary>
    public static readonly string[] Search = ["q", "outlet", "site", "country", "person", "author", "cites", "from", "to", "sort", "limit", "offset", "cursor", "facets", "facetSize", "highlight", "fragments", "fragmentSize"];

    /// <summary>What selects the matches (no paging, facets or highlighting).</summary>
    public static readonly string[] Selection = ["q", "outlet", "site", "country", "person", "author", "cites", "from", "to"];

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
            throw new SearchQueryException("unknown_parameter", $"unknown parameter '{unknown}'; known parameters: {string.Join(", ", known)}", unknown);
        }
    }
}
