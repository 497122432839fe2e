using System.Net;
using System.Text.Json;
using System.Text;
using Search.Core.Ingest;
using Search.Tests.Shared;

namespace Search.Api.Tests.Hosting;

/// <summary>The OpenAPI document, cross-origin calls and compression.</summary>
[Collection(ApiCollection.Name)]
public class OpenApiAndCorsTests(ApiFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    private Task<JsonElement> Json(string url) => _client.GetJsonAsync(url);

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
