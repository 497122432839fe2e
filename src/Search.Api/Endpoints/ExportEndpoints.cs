using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Search.Core.Model;
using Search.Core.Schema;
using Search.Core.Searching;
using Search.Core.Errors;

using Search.Api.Streams;

namespace Search.Api.Endpoints;

/// <summary><c>GET /api/export</c>: every match of a search, streamed as CSV or NDJSON.</summary>
public static class ExportEndpoints
{
    private static readonly ApiParameter[] Parameters = [.. ApiParameters.Selection, ApiParameters.Sort, ApiParameters.ExportFormat, ApiParameters.Fields, ApiParameters.IncludeText];

    public static RouteGroupBuilder MapExport(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("").WithTags("Export");
        group.MapGet("/export", Export)
            .WithName("Export")
            .WithSummary("Download every match")
            .WithDescription("Streams all matches of a search (no 10,000 limit): CSV with a header row, RFC 4180 quoting, UTF-8 with a byte-order " +
                             "mark so spreadsheets read it right, multi-valued fields joined with \"; \" (countries as ISO codes); or NDJSON, one article " +
                             "a line. Cells a spreadsheet would run as formulas (starting with = + - @) get a leading apostrophe. The X-Total-Count header gives the number of rows. Rate-limited per client (see /api/stats): 429 with Retry-After.")
            .WithQueryParameters(Parameters)
            .Produces(StatusCodes.Status200OK, contentType: "text/csv", additionalContentTypes: ["application/x-ndjson"])
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .RequireRateLimiting(Hosting.RateLimits.Exports);
        return group;
    }

    private static async Task<EmptyHttpResult> Export(HttpContext http, ArticleSearcher searcher)
    {
        var query = http.Request.Query;
        var request = SearchRequestReader.Read(query, Parameters);
        var format = TableStream.Format(ApiParameters.ExportFormat.Read(query)!, ApiParameters.ExportFormat.Name);
        var columns = Columns(ApiParameters.Fields.Read(query), ApiParameters.IncludeText.Read(query));
        var includeText = columns.Contains(FieldCatalog.Body);
        var total = searcher.Search(request with { Limit = 1, Facets = [], Highlight = false }).Total;

        http.Response.Headers["X-Total-Count"] = total.ToString(CultureInfo.InvariantCulture);
        await using var table = TableStream.Start(http, format, "search-export");
        await table.HeaderAsync(columns.Select(c => c.ExportName));
        var written = 0;
        foreach (var article in searcher.Export(request, includeText))
        {
            await (table.IsCsv ? table.RowAsync(CsvCells(article, columns)) : table.JsonAsync(columns.ToDictionary(c => c.ExportName!, c => c.Export!(article))));
            if (++written % 500 == 0)
            {
                await table.FlushAsync();
            }
        }
        return TypedResults.Empty;
    }

    // The asked-for columns in the asked-for order (the catalog's default set when none), plus the text when includeText.
    private static List<FieldDefinition> Columns(IReadOnlyList<string> names, bool includeText)
    {
        var columns = names.Select(n => FieldCatalog.Export(n) ?? throw new SearchRequestException(ErrorCodes.UnknownField,
            $"unknown export field '{n}'; fields are {string.Join(", ", FieldCatalog.Exportable.Select(f => f.ExportName))}", "fields")).Distinct().ToList();
        if (includeText && !columns.Contains(FieldCatalog.Body))
        {
            columns.Add(FieldCatalog.Body);
        }
        return columns;
    }

    // Multi-valued fields joined with "; " (countries as codes, people by name): one cell each.
    private static IEnumerable<string?> CsvCells(Article a, List<FieldDefinition> columns) => columns.Select(c => c.Export!(a) switch
    {
        IEnumerable<CountryMention> countries => string.Join("; ", countries.Select(x => x.Code)),
        IEnumerable<PersonMention> people => string.Join("; ", people.Select(p => p.Name)),
        IEnumerable<string> values => string.Join("; ", values),
        var value => value?.ToString(),
    });
}
