using System.Net;
using System.Text;
using System.Text.Json;
using Search.Core.Ingest;

namespace Search.Api.Tests;

[Collection(ApiCollection.Name)]
public class FacetAndExportApiTests(ApiFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    private Task<JsonElement> Json(string url) => _client.GetOkJsonAsync(url);

    [Fact]
    public async Task FacetValueSearch_FindsPeopleByPrefixWithCounts()
    {
        var people = await Json("/api/facets/person?prefix=net");
        var person = Assert.Single(people.EnumerateArray());
        Assert.Equal("Benjamin Netanyahu", person.GetProperty("value").GetString());
        var countries = await Json("/api/facets/country?prefix=om&q=harbour");
        Assert.Equal(ApiFactory.GeneratedCount, countries.EnumerateArray().Single(c => c.GetProperty("value").GetString() == "OM").GetProperty("count").GetInt32());
        Assert.Equal("Oman", countries[0].GetProperty("name").GetString());
    }

    [Fact]
    public async Task Pivot_CountsOutletsAgainstCountries()
    {
        var pivot = await Json("/api/pivot?rows=outlet&columns=country&q=Iran");
        Assert.Equal(4, pivot.GetProperty("total").GetInt32());
        var rt = pivot.GetProperty("rowValues").EnumerateArray().Single(r => r.GetProperty("value").GetString() == "RT");
        Assert.Equal(1, rt.GetProperty("counts").GetProperty("SY").GetInt32());
        Assert.Contains(pivot.GetProperty("columnValues").EnumerateArray(), c => c.GetProperty("name").GetString() == "Syria");
    }

    [Theory]
    [InlineData("/api/facets/colour", "unknown_facet", "field")]
    [InlineData("/api/facets/person?limit=0", "limit_out_of_range", "limit")]
    [InlineData("/api/facets/person?sort=newest", "unknown_parameter", "sort")]
    [InlineData("/api/pivot?rows=colour", "unknown_facet", "rows")]
    [InlineData("/api/pivot?size=0", "facet_size_out_of_range", "size")]
    [InlineData("/api/export?format=xml", "invalid_format", "format")]
    [InlineData("/api/export?fields=id,colour", "unknown_field", "fields")]
    [InlineData("/api/export?limit=5", "unknown_parameter", "limit")]
    [InlineData("/api/articles/000_6e3a7f385a97d3c7.txt/similar?limit=1000", "limit_out_of_range", "limit")]
    [InlineData("/api/articles/000_6e3a7f385a97d3c7.txt?colour=red", "unknown_parameter", "colour")]
    public async Task BadParameters_AreProblemsNamingTheParameter(string url, string code, string parameter) =>
        await Problems.AssertBadRequestAsync(await _client.GetAsync(url), code, parameter);

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
        Assert.Equal(["id", "title", "url", "outlet", "site", "published", "authors", "countries", "people", "cites"], header);
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
        var first = JsonDocument.Parse(lines[0]).RootElement;
        Assert.False(string.IsNullOrWhiteSpace(first.GetProperty("text").GetString()));
        Assert.Equal(JsonValueKind.Array, first.GetProperty("countries").ValueKind);
        Assert.False(first.TryGetProperty("url", out _));
    }

    [Fact]
    public async Task OpenApiDocument_ListsEveryEndpointAndParameterWithDescriptions()
    {
        var doc = await Json("/openapi/v1.json");
        var paths = doc.GetProperty("paths");
        var expected = new Dictionary<string, string[]>
        {
            ["/api/search"] = ["q", "outlet", "site", "country", "person", "author", "cites", "from", "to", "sort", "limit", "offset", "cursor", "facets", "facetSize", "highlight", "matches", "fragments", "fragmentSize"],
            ["/api/articles/{id}"] = ["id", "q"],
            ["/api/articles/{id}/similar"] = ["id", "limit"],
            ["/api/facets/{field}"] = ["field", "q", "prefix", "limit", "outlet", "country"],
            ["/api/pivot"] = ["rows", "columns", "size", "q"],
            ["/api/export"] = ["format", "fields", "includeText", "q", "sort"],
            ["/api/stats"] = [],
            ["/health"] = [],
        };
        foreach (var (path, parameters) in expected)
        {
            Assert.True(paths.TryGetProperty(path, out var item), $"{path} is not in the OpenAPI document");
            var get = item.GetProperty("get");
            Assert.False(string.IsNullOrWhiteSpace(get.GetProperty("summary").GetString()), path);
            Assert.False(string.IsNullOrWhiteSpace(get.GetProperty("description").GetString()), path);
            var documented = get.TryGetProperty("parameters", out var ps)
                ? ps.EnumerateArray().ToDictionary(p => p.GetProperty("name").GetString()!, p => p) : [];
            foreach (var name in parameters)
            {
                Assert.True(documented.ContainsKey(name), $"{path} does not document {name}");
                if (name is not ("id" or "field"))
                {
                    Assert.False(string.IsNullOrWhiteSpace(documented[name].GetProperty("description").GetString()), $"{path} {name}");
                }
            }
        }
        Assert.True(paths.GetProperty("/api/search").TryGetProperty("post", out _));
        Assert.True(paths.GetProperty("/api/search").GetProperty("get").GetProperty("responses").TryGetProperty("400", out _));
    }

    [Fact]
    public async Task ReadOnlyEndpoints_AllowOtherOrigins_AndCompressLargeAnswers()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/search?q=harbour&limit=100");
        request.Headers.Add("Origin", "https://notebooks.example");
        request.Headers.AcceptEncoding.ParseAdd("gzip");
        var response = await _client.SendAsync(request);
        Assert.Equal("*", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Contains("gzip", response.Content.Headers.ContentEncoding);
    }
}

/// <summary>A service that allows one export a minute.</summary>
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
        Assert.Equal("rate_limited", JsonDocument.Parse(await limited.Content.ReadAsStringAsync()).RootElement.GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/search?q=Iran")).StatusCode); // searching is not limited
    }
}
