using System.Net;
using Search.Tests.Shared;

namespace Search.Api.Tests.Endpoints;

/// <summary><c>GET /api/stats</c> and <c>GET /health</c>.</summary>
[Collection(ApiCollection.Name)]
public class StatsEndpointTests(ApiFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task StatsAndHealth_DescribeTheIndex()
    {
        var stats = await _client.GetJsonAsync("/api/stats");
        Assert.Equal(TestCorpus.Total, stats.GetProperty("articles").GetInt32());
        Assert.Equal("2000-01-01", stats.GetProperty("earliestPublished").GetString());
        Assert.Equal(100, stats.GetProperty("limits").GetProperty("maxLimit").GetInt32());
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync("/health")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync("/openapi/v1.json")).StatusCode);
    }
}
