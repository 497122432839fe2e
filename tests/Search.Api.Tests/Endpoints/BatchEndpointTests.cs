using Search.Tests.Shared;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Search.Api.Tests.Endpoints;

/// <summary>POST /api/batch: many queries, each with its total, breakdown or error, streamed.</summary>
[Collection(ApiCollection.Name)]
public class BatchEndpointTests(ApiFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    private static List<JsonElement> Lines(string body) => TestJson.Lines(body);

    [Fact]
    public async Task EachQueryGetsItsTotalAndBreakdown_AndABrokenOneItsErrorWhileTheOthersRun()
    {
        var response = await _client.PostAsJsonAsync("/api/batch", new
        {
            queries = new object[]
            {
                new { name = "harbour", q = "harbour" },
                new { name = "broken", q = "(harbour" },
                new { name = "harbour in the Gazette", q = "harbour", outlet = new[] { "Port Gazette" } },
            },
            breakdown = "outlet",
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/x-ndjson", response.Content.Headers.ContentType?.MediaType);
        var lines = Lines(await response.Content.ReadAsStringAsync());
        Assert.Equal(3, lines.Count);
        var single = (await _client.GetJsonAsync("/api/search?q=harbour&facets=outlet&limit=1"));
        Assert.Equal(single.GetProperty("total").GetInt32(), lines[0].GetProperty("total").GetInt32());
        Assert.Equal(ApiFactory.GeneratedCount / 2, lines[0].GetProperty("counts").GetProperty("Harbour Times").GetInt32());
        Assert.Equal("invalid_query", lines[1].GetProperty("error").GetProperty("code").GetString());
        Assert.Equal(JsonValueKind.Null, lines[1].GetProperty("total").ValueKind);
        Assert.Equal(ApiFactory.GeneratedCount / 2, lines[2].GetProperty("total").GetInt32());
        Assert.Equal("/?q=harbour&outlet=Port%20Gazette", lines[2].GetProperty("search").GetString());
    }

    [Fact]
    public async Task ACsvUpload_GivesACsvAnswer_ThatASpreadsheetReadsSafely()
    {
        var csv = "name,q,country\n=cmd,harbour,OM\nIran,Iran,\n";
        var response = await _client.PostAsync("/api/batch?format=csv&breakdown=year", new StringContent(csv, Encoding.UTF8, "text/csv"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync());
        Assert.StartsWith("\uFEFFname,q,total,error,counts", text);
        var rows = text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, rows.Length);
        Assert.StartsWith("'=cmd,harbour,250,", rows[1]);
        Assert.Contains("2000: ", rows[1]);
    }

    [Theory]
    [InlineData("{\"queries\": []}", "too_many_queries")]
    [InlineData("{\"queries\": [{\"q\": \"x\"}], \"breakdown\": \"colour\"}", "unknown_facet")]
    [InlineData("{\"queries\": \"x\"}", "invalid_body")]
    [InlineData("{\"questions\": []}", "unknown_parameter")]
    public async Task ABatchThatCannotRun_IsAProblem(string body, string code)
    {
        var response = await _client.PostAsync("/api/batch", new StringContent(body, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(code, (await response.ReadJsonAsync()).GetProperty("code").GetString());
    }

    [Fact]
    public async Task MoreThanAThousandQueries_AreRefused()
    {
        var queries = Enumerable.Range(0, 1001).Select(i => new { q = $"report {i}" });
        var response = await _client.PostAsJsonAsync("/api/batch", new { queries });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("too_many_queries", (await response.ReadJsonAsync()).GetProperty("code").GetString());
    }
}
