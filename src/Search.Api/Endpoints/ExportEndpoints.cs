using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Search.Core.Model;
using Search.Core.Searching;

namespace Search.Api.Endpoints;

/// <summary><c>GET /api/export</c>: every match of a search, streamed as CSV or NDJSON.</summary>
public static class ExportEndpoints
{
    public const string RateLimitPolicy = "export";
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
            .RequireRateLimiting(RateLimitPolicy);
        return app;
    }

    private static async Task<Results<EmptyHttpResult, ProblemHttpResult>> Export(HttpContext http, ArticleSearcher searcher)
    {
        SearchRequest request;
        string format;
        string[] fields;
        bool includeText;
        int total;
        try
        {
            request = SearchParameters.Read(http.Request.Query, Parameters);
            format = (SearchParameters.Single(http.Request.Query, "format") ?? "csv").ToLowerInvariant();
            if (format is not ("csv" or "ndjson"))
            {
                return ApiProblems.BadRequest("invalid_format", $"format must be csv or ndjson, not '{format}'", "format");
            }
            includeText = SearchParameters.Bool(http.Request.Query, "includeText") ?? false;
            fields = SearchParameters.Single(http.Request.Query, "fields") is { } f
                ? f.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(x => x.ToLowerInvariant()).ToArray()
                : ExportFields.Default;
            if (fields.FirstOrDefault(x => !ExportFields.All.Contains(x)) is { } unknown)
            {
                return ApiProblems.BadRequest("unknown_field", $"unknown export field '{unknown}'; fields are {string.Join(", ", ExportFields.All)}", "fields");
            }
            if (includeText && !fields.Contains("text"))
            {
                fields = [.. fields, "text"];
            }
            includeText |= fields.Contains("text");
            total = searcher.Search(request with { Limit = 1, Facets = [], Highlight = false }).Total;
        }
        catch (SearchQueryException e)
        {
            return ApiProblems.From(e);
        }

        var stamp = DateTime.UtcNow.ToString("yyyyMMdd-HHmmss");
        http.Response.ContentType = format == "csv" ? "text/csv; charset=utf-8" : "application/x-ndjson; charset=utf-8";
        http.Response.Headers.ContentDisposition = $"attachment; filename=\"search-export-{stamp}.{format}\"";
        http.Response.Headers["X-Total-Count"] = total.ToString(System.Globalization.CultureInfo.InvariantCulture);
        await using var writer = new StreamWriter(http.Response.Body, new UTF8Encoding(encoderShouldEmitUTF8Identifier: format == "csv"), bufferSize: 64 * 1024);
        if (format == "csv")
        {
            await writer.WriteLineAsync(string.Join(',', fields));
        }
        var written = 0;
        foreach (var article in searcher.Export(request, includeText))
        {
            await writer.WriteLineAsync(format == "csv" ? CsvRow(article, fields) : JsonSerializer.Serialize(Row(article, fields), Json));
            if (++written % 500 == 0)
            {
                await writer.FlushAsync(http.RequestAborted);
            }
        }
        await writer.FlushAsync(http.RequestAborted);
        return TypedResults.Empty;
    }

    private static Dictionary<string, object?> Row(Article a, string[] fields) => fields.ToDictionary(f => f, f => Value(a, f));

    // Multi-valued fields joined with "; " (countries as codes, people by name): one cell each.
    private static string CsvRow(Article a, string[] fields) => string.Join(',', fields.Select(f => Csv(Value(a, f) switch
    {
        IEnumerable<CountryMention> countries => string.Join("; ", countries.Select(c => c.Code)),
        IEnumerable<PersonMention> people => string.Join("; ", people.Select(p => p.Name)),
        IEnumerable<string> values => string.Join("; ", values),
        var value => value?.ToString(),
    })));

    /// <summary>One export field of an article: a string, or a list for the multi-valued fields.</summary>
    private static object? Value(Article a, string field) => field switch
    {
        "id" => a.Id,
        "title" => a.Title,
        "url" => a.Url,
        "outlet" => a.Outlet,
        "site" => a.Site,
        "published" => a.Published?.ToString("yyyy-MM-dd"),
        "authors" => a.Authors,
        "countries" => a.Countries,
        "people" => a.People,
        "cites" => a.Cites,
        "source" => a.Source,
        "text" => a.Text,
        _ => null,
    };

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
