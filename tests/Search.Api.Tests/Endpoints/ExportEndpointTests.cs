using System.Net;
using System.Text.Json;
using System.Text;
using Search.Core.Ingest;
using Search.Tests.Shared;

namespace Search.Api.Tests.Endpoints;

/// <summary><c>GET /api/export</c>: CSV and NDJSON, and its rate limit.</summary>
[Collection(ApiCollection.Name)]
public class ExportEndpointTests(ApiFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    private Task<JsonElement> Json(string url) => _client.GetJsonAsync(url);

    [Fact]
    public async Task CsvExport_HasEveryMatch_AndReadsBackAsTheSearchResults()
    {
        var response = await _client.GetAsync("/api/export?q=harbour&sort=oldest&format=csv");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Matches("attachment; filename=\"search-export-\\d{8}-\\d{6}\\.csv\"", response.Content.Headers.ContentDisposition!.ToString());
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);

        var parser = new CsvRecordParser(new StringReader(Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3)));
        var header = parser.Next()!.Value.Fields;
        Assert.Equal(["id", "title", "url", "outlet", "site", "published", "authors", "countries", "people", "cites", "language"], header);
        var rows = new List<List<string>>();
        while (parser.Next() is { } row)
        {
            rows.Add(row.Fields);
        }
        Assert.Equal(ApiFactory.GeneratedCount, rows.Count);
        Assert.Equal(ApiFactory.GeneratedCount.ToString(), response.Headers.GetValues("X-Total-Count").Single());

        // The same rows, in the same order, as the search answers page by page.
        var hits = new List<JsonElement>();
        for (var offset = 0; offset < ApiFactory.GeneratedCount; offset += 100)
        {
            var page = await Json($"/api/search?q=harbour&sort=oldest&limit=100&offset={offset}&highlight=false");
            hits.AddRange(page.GetProperty("hits").EnumerateArray());
        }
        for (var i = 0; i < hits.Count; i++)
        {
            Assert.Equal(hits[i].GetProperty("id").GetString(), rows[i][0]);
            var title = hits[i].GetProperty("title").GetString()!;
            Assert.Equal(title.StartsWith('=') ? "'" + title : title, rows[i][1]);
            Assert.Equal(hits[i].GetProperty("outlet").GetString(), rows[i][3]);
            Assert.Equal(hits[i].GetProperty("published").GetString(), rows[i][5]);
            Assert.Equal("Jane Doe; John Roe", rows[i][6]);
            Assert.Equal(string.Join("; ", hits[i].GetProperty("countries").EnumerateArray().Select(c => c.GetProperty("code").GetString())), rows[i][7]);
        }
    }

    [Fact]
    public async Task NdjsonExport_WithText_HasOneObjectPerMatch()
    {
        var response = await _client.GetAsync("/api/export?format=ndjson&country=SY&includeText=true&fields=id,title,countries");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(4, lines.Length);
        var first = TestJson.Parse(lines[0]);
        Assert.False(string.IsNullOrWhiteSpace(first.GetProperty("text").GetString()));
        Assert.Equal(JsonValueKind.Array, first.GetProperty("countries").ValueKind);
        Assert.False(first.TryGetProperty("url", out _));
    }
}

public sealed class OneExportAMinuteFactory : ApiFactory
{
    protected override int ExportsPerMinute => 1;
}

public class ExportRateLimitTests(OneExportAMinuteFactory factory) : IClassFixture<OneExportAMinuteFactory>
{
    [Fact]
    public async Task TooManyExports_Get429WithRetryAfter()
    {
        var client = factory.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/export?q=Iran")).StatusCode);
        var limited = await client.GetAsync("/api/export?q=Iran");
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.True(int.Parse(limited.Headers.GetValues("Retry-After").Single()) > 0);
        Assert.Equal("rate_limited", (await limited.ReadJsonAsync()).GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/search?q=Iran")).StatusCode); // searching is not limited
    }
}
