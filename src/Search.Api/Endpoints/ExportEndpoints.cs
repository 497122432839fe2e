using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Search.Core.Model;
using Search.Core.Schema;
using Search.Core.Searching;
using Search.Core.Errors;

namespace Search.Api.Endpoints;

/// <summary><c>GET /api/export</c>: every match of a search, streamed as CSV or NDJSON.</summary>
public static class ExportEndpoints
{
    private static readonly string[] Parameters = [.. ApiParameters.Selection, "sort", "format", "fields", "includeText"];
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static IEndpointRouteBuilder MapExport(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/export", Export)
            .WithTags("Export").WithName("Export")
            .WithSummary("Download every match")
            .WithDescription("Streams all matches of a search (no 10,000 limit): CSV with a header row, RFC 4180 quoting, UTF-8 with a byte-order " +
                             "mark so spreadsheets read it right, multi-valued fields joined with \"; \" (countries as ISO codes); or NDJSON, one article " +
                             "a line. Cells a spreadsheet would run as formulas (starting with = + - @) get a leading apostrophe. The X-Total-Count header gives the number of rows. Rate-limited per client (see /api/stats): 429 with Retry-After.")
            .WithQueryParameters(Parameters)
            .Produces(StatusCodes.Status200OK, contentType: "text/csv", additionalContentTypes: ["application/x-ndjson"])
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .RequireRateLimiting(Hosting.RateLimits.Exports);
        return app;
    }

    private static async Task<EmptyHttpResult> Export(HttpContext http, ArticleSearcher searcher)
    {
        var query = http.Request.Query;
        var request = SearchParameters.Read(query, Parameters);
        var format = (SearchParameters.Single(query, "format") ?? "csv").ToLowerInvariant();
        if (format is not ("csv" or "ndjson"))
        {
            throw new SearchRequestException(ErrorCodes.InvalidFormat, $"format must be csv or ndjson, not '{format}'", "format");
        }
        var columns = Columns(SearchParameters.Single(query, "fields"), SearchParameters.Bool(query, "includeText") ?? false);
        var includeText = columns.Contains(FieldCatalog.Body);
        var total = searcher.Search(request with { Limit = 1, Facets = [], Highlight = false }).Total;

        var stamp = DateTime.UtcNow.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture);
        http.Response.ContentType = format == "csv" ? "text/csv; charset=utf-8" : "application/x-ndjson; charset=utf-8";
        http.Response.Headers.ContentDisposition = $"attachment; filename=\"search-export-{stamp}.{format}\"";
        http.Response.Headers["X-Total-Count"] = total.ToString(CultureInfo.InvariantCulture);
        await using var writer = new StreamWriter(http.Response.Body, new UTF8Encoding(encoderShouldEmitUTF8Identifier: format == "csv"), bufferSize: 64 * 1024);
        if (format == "csv")
        {
            await writer.WriteLineAsync(string.Join(',', columns.Select(c => c.ExportName)));
        }
        var written = 0;
        foreach (var article in searcher.Export(request, includeText))
        {
            await writer.WriteLineAsync(format == "csv" ? CsvRow(article, columns) : JsonSerializer.Serialize(columns.ToDictionary(c => c.ExportName!, c => c.Export!(article)), Json));
            if (++written % 500 == 0)
            {
                await writer.FlushAsync(http.RequestAborted);
            }
        }
        await writer.FlushAsync(http.RequestAborted);
        return TypedResults.Empty;
    }

    // The asked-for columns in the asked-for order (the catalog's default set when none), plus the text when includeText.
    private static List<FieldDefinition> Columns(string? asked, bool includeText)
    {
        var names = asked?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [.. FieldCatalog.DefaultExport];
        var columns = names.Select(n => FieldCatalog.Export(n) ?? throw new SearchRequestException(ErrorCodes.UnknownField,
            $"unknown export field '{n}'; fields are {string.Join(", ", FieldCatalog.Exportable.Select(f => f.ExportName))}", "fields")).Distinct().ToList();
        if (includeText && !columns.Contains(FieldCatalog.Body))
        {
            columns.Add(FieldCatalog.Body);
        }
        return columns;
    }

    // Multi-valued fields joined with "; " (countries as codes, people by name): one cell each.
    private static string CsvRow(Article a, List<FieldDefinition> columns) => string.Join(',', columns.Select(c => Csv(c.Export!(a) switch
    {
        IEnumerable<CountryMention> countries => string.Join("; ", countries.Select(x => x.Code)),
        IEnumerable<PersonMention> people => string.Join("; ", people.Select(p => p.Name)),
        IEnumerable<string> values => string.Join("; ", values),
        var value => value?.ToString(),
    })));

    /// <summary>
    /// RFC 4180: a field with a comma, quote or line break is quoted, quotes doubled. Article text is untrusted: a
    /// field a spreadsheet would run as a formula (starting with = + - @) gets a leading apostrophe.
    /// </summary>
    public static string Csv(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }
        if (value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }
        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
    }
}
