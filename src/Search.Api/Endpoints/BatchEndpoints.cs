using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Primitives;
using Search.Api.Hosting;
using Search.Core.Errors;
using Search.Core.Ingest;
using Search.Core.Schema;
using Search.Core.Searching;

using Search.Api.Contracts;
using Search.Api.Streams;

namespace Search.Api.Endpoints;

/// <summary>
/// <c>POST /api/batch</c>: many searches at once (a list of officials, of companies): for each, its total and, when
/// asked, its counts per outlet or year; a query that cannot run gets its error and the others still run. Streamed as
/// each query finishes, as NDJSON or CSV.
/// </summary>
public static class BatchEndpoints
{
    public const int MaxQueries = 1_000;

    private sealed record Item(int Index, string Name, StringValues Raw, SearchRequest? Request, SearchRequestException? Error);

    private static readonly ApiParameter[] QueryParameters = [ApiParameters.BatchFormat, ApiParameters.Breakdown];
    private static readonly ApiParameter[] ItemParameters = [.. ApiParameters.Selection, ApiParameters.BatchName];

    public static RouteGroupBuilder MapBatch(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("").WithTags("Search");
        group.MapPost("/batch", Run)
            .WithName("BatchSearch").WithSummary("Run many searches at once")
            .WithDescription($"Up to {MaxQueries} queries, as JSON {{\"queries\": [{{\"name\": \"Gantz\", \"q\": \"Gantz\", \"country\": [\"IL\"]}}], \"breakdown\": \"outlet\"}} " +
                             "or as CSV (text/csv) with columns name and q (and any filter: country, from, …). For each query, in order: its total, its counts per " +
                             "breakdown value (outlet, year or any facet) when asked, and the error of a query that cannot run (the others still run). " +
                             "format=ndjson (default, one object a line) or csv (opens in a spreadsheet). Each query has the search's time budget. Rate-limited like exports.")
            .WithQueryParameters(QueryParameters)
            .Accepts<Dictionary<string, object>>("application/json", "text/csv")
            .Produces(StatusCodes.Status200OK, contentType: "application/x-ndjson", additionalContentTypes: ["text/csv"])
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .RequireRateLimiting(RateLimits.Exports);
        return group;
    }

    private static async Task<EmptyHttpResult> Run(HttpContext http, ArticleSearcher searcher)
    {
        QueryValues.RejectUnknown(http.Request.Query, QueryParameters);
        var format = TableStream.Format(ApiParameters.BatchFormat.Read(http.Request.Query)!, ApiParameters.BatchFormat.Name);
        var (items, breakdownName) = http.Request.ContentType?.StartsWith("text/csv", StringComparison.OrdinalIgnoreCase) == true
            ? (await ReadCsvAsync(http.Request), ApiParameters.Breakdown.Read(http.Request.Query))
            : await ReadJsonAsync(http.Request);
        if (items.Count is 0 or > MaxQueries)
        {
            throw new SearchRequestException(ErrorCodes.TooManyQueries, $"a batch has 1 to {MaxQueries} queries; this one has {items.Count}", "queries");
        }
        var breakdown = string.IsNullOrWhiteSpace(breakdownName) ? null : FieldCatalog.Facet(breakdownName)
            ?? throw new SearchRequestException(ErrorCodes.UnknownFacet, $"unknown facet '{breakdownName}'; facets are {string.Join(", ", FieldCatalog.Facets.Select(f => f.Name))}", "breakdown");

        await using var table = TableStream.Start(http, format, "batch", bufferSize: 16 * 1024);
        await table.HeaderAsync(["name", "q", "total", "error", "counts"]);
        foreach (var item in items)
        {
            var (total, counts, error) = Answer(searcher, item, breakdown);
            await (table.IsCsv
                ? table.RowAsync([item.Name, item.Raw.ToString(), total?.ToString(CultureInfo.InvariantCulture), error?.Message,
                    counts is null ? null : string.Join("; ", counts.Select(c => $"{c.Key}: {c.Value}"))])
                : table.JsonAsync(new BatchLine(item.Index, item.Name, item.Raw.ToString(), total, counts,
                    error is null ? null : new BatchError(error.Code, error.Message, error.Parameter),
                    item.Request is null ? null : "/?" + string.Join('&', ItemQuery(item))), StreamJson.BatchLine));
            // Each line goes out as its query finishes: the page's progress bar follows the stream.
            await table.FlushAsync();
        }
        return TypedResults.Empty;
    }

    private static (int? Total, Dictionary<string, int>? Counts, SearchRequestException? Error) Answer(ArticleSearcher searcher, Item item, FieldDefinition? breakdown)
    {
        if (item.Error is not null)
        {
            return (null, null, item.Error);
        }
        try
        {
            var result = searcher.Search(item.Request! with { Limit = 0, Highlight = false, Facets = breakdown is null ? [] : [breakdown.Name], FacetSize = SearchRequest.MaxFacetSize });
            return (result.Total, breakdown is null ? null : result.Facets[breakdown.Name].Where(v => v.Count > 0).ToDictionary(v => v.Value, v => v.Count), null);
        }
        catch (SearchRequestException e)
        {
            return (null, null, e);
        }
        catch (SearchTimeoutException e)
        {
            return (null, null, new SearchRequestException(ErrorCodes.SearchTimeout, e.Message));
        }
    }

    private static IEnumerable<string> ItemQuery(Item item)
    {
        var r = item.Request!;
        if (!string.IsNullOrWhiteSpace(r.Query))
        {
            yield return "q=" + Uri.EscapeDataString(r.Query);
        }
        foreach (var (name, values) in r.Filters)
        {
            foreach (var v in values)
            {
                yield return $"{name}={Uri.EscapeDataString(v)}";
            }
        }
        if (r.From is { } from)
        {
            yield return $"from={from:yyyy-MM-dd}";
        }
        if (r.To is { } to)
        {
            yield return $"to={to:yyyy-MM-dd}";
        }
    }

    private static Item Parse(int index, QueryCollection values)
    {
        var name = values.TryGetValue("name", out var n) && n.ToString().Trim() is { Length: > 0 } given ? given : $"query {index + 1}";
        var raw = values.TryGetValue("q", out var q) ? q : StringValues.Empty;
        try
        {
            return new Item(index, name, raw, SearchRequestReader.Read(values, ItemParameters), null);
        }
        catch (SearchRequestException e)
        {
            return new Item(index, name, raw, null, e);
        }
    }

    private static async Task<(List<Item>, string?)> ReadJsonAsync(HttpRequest request)
    {
        var body = await SearchBody.ReadAsync(request);
        QueryValues.RejectUnknown(body, ["queries", ApiParameters.Breakdown.Name]);
        if (!body.TryGetValue("queries", out var queries) || queries.ToString() is not { Length: > 0 } json)
        {
            throw new SearchRequestException(ErrorCodes.InvalidBody, "the body needs queries: a list of objects such as {\"name\": \"Gantz\", \"q\": \"Gantz\"}", "queries");
        }
        // A list arrives as its JSON text; anything else (a string, a number) is refused before it is parsed.
        if (!json.TrimStart().StartsWith('['))
        {
            throw new SearchRequestException(ErrorCodes.InvalidBody, "queries must be a list of objects", "queries");
        }
        using var document = JsonDocument.Parse(json);
        var items = new List<Item>();
        foreach (var element in document.RootElement.EnumerateArray())
        {
            var index = items.Count;
            try
            {
                items.Add(Parse(index, SearchBody.FromObject(element)));
            }
            catch (SearchRequestException e)
            {
                items.Add(new Item(index, $"query {index + 1}", StringValues.Empty, null, e));
            }
        }
        var breakdown = body.TryGetValue("breakdown", out var b) && b.ToString() is { Length: > 0 } name && name != "null" ? name : null;
        return (items, breakdown);
    }

    private static async Task<List<Item>> ReadCsvAsync(HttpRequest request)
    {
        SearchBody.LimitBody(request);
        using var reader = new StreamReader(request.Body, Encoding.UTF8);
        var text = await reader.ReadToEndAsync(request.HttpContext.RequestAborted);
        var parser = new CsvRecordParser(new StringReader(text));
        var header = parser.Next()?.Fields.Select(h => h.Trim().TrimStart('\uFEFF')).ToList()
            ?? throw new SearchRequestException(ErrorCodes.InvalidBody, "the CSV is empty: give a header row with name and q", "body");
        if (!header.Contains("q", StringComparer.OrdinalIgnoreCase))
        {
            throw new SearchRequestException(ErrorCodes.InvalidBody, "the CSV needs a q column (and name, and any filter columns)", "body");
        }
        if (header.FirstOrDefault(h => !ItemParameters.Any(p => p.Name.Equals(h, StringComparison.OrdinalIgnoreCase))) is { } unknown)
        {
            throw new SearchRequestException(ErrorCodes.UnknownParameter, $"unknown CSV column '{unknown}'; columns are {string.Join(", ", ItemParameters.Select(p => p.Name))}", "body");
        }
        var items = new List<Item>();
        while (parser.Next() is { } record && items.Count <= MaxQueries)
        {
            if (record.Fields.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }
            var values = new Dictionary<string, StringValues>(StringComparer.OrdinalIgnoreCase);
            for (var i = 0; i < header.Count && i < record.Fields.Count; i++)
            {
                if (!string.IsNullOrWhiteSpace(record.Fields[i]))
                {
                    values[header[i]] = record.Fields[i];
                }
            }
            items.Add(Parse(items.Count, new QueryCollection(values)));
        }
        return items;
    }
}
