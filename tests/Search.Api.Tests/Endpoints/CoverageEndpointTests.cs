using Search.Tests.Shared;
using System.Net;
using System.Text.Json;

namespace Search.Api.Tests.Endpoints;

/// <summary>/api/compare and /api/timeline over the shared test corpus: shapes, links, normalisation, and errors.</summary>
[Collection(ApiCollection.Name)]
public class CoverageEndpointTests(ApiFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    private Task<JsonElement> Json(string url) => _client.GetJsonAsync(url);

    [Fact]
    public async Task Compare_AnswersEachValueWithTermsThatLinkToSearches()
    {
        var body = await Json("/api/compare?q=harbour&values=Harbour%20Times,Port%20Gazette&terms=5");
        Assert.Equal("outlet", body.GetProperty("by").GetString());
        Assert.Equal("log-likelihood G²", body.GetProperty("score").GetString());
        var values = body.GetProperty("values").EnumerateArray().ToList();
        Assert.Equal(["Harbour Times", "Port Gazette"], values.Select(v => v.GetProperty("value").GetString()));
        Assert.Equal(ApiFactory.GeneratedCount / 2, values[0].GetProperty("articles").GetInt32());
        // The two outlets' reports say the same thing: nothing is distinctive of either.
        Assert.All(values, v => Assert.Empty(v.GetProperty("words").EnumerateArray()));
        // Every term carries a search link within its value (here: of the sample articles, by outlet).
        var sample = await Json("/api/compare?terms=3");
        var links = sample.GetProperty("values").EnumerateArray()
            .SelectMany(v => new[] { "words", "phrases", "people", "countries" }.SelectMany(k => v.GetProperty(k).EnumerateArray()))
            .Select(t => t.GetProperty("search").GetString()!).ToList();
        foreach (var link in links.Take(5))
        {
            Assert.StartsWith("/api/search?", link);
            Assert.True((await Json(link)).GetProperty("total").GetInt32() > 0, link);
        }
    }

    [Fact]
    public async Task Timeline_NormalisedShares_AreMatchesOverOutput()
    {
        var body = await Json("/api/timeline?q=harbour&values=Harbour%20Times&normalize=true");
        var periods = body.GetProperty("periods").EnumerateArray().Select(p => p.GetString()).ToList();
        Assert.Equal(["2000", "2001", "2002", "2003", "2004"], periods);
        var series = body.GetProperty("series")[0];
        Assert.Equal(ApiFactory.GeneratedCount / 2, series.GetProperty("total").GetInt32());
        Assert.All(series.GetProperty("shares").EnumerateArray(), s => Assert.Equal(1.0, s.GetDouble()));
        var months = await Json("/api/timeline?q=harbour&interval=month");
        Assert.Equal("2000-01", months.GetProperty("periods")[0].GetString());
        Assert.Equal(JsonValueKind.Null, months.GetProperty("series")[0].GetProperty("shares").ValueKind);
    }

    [Theory]
    [InlineData("/api/compare?values=RT", "invalid_values", "values")]
    [InlineData("/api/compare?by=colour", "unknown_facet", "by")]
    [InlineData("/api/compare?terms=0", "limit_out_of_range", "terms")]
    [InlineData("/api/timeline?interval=week", "invalid_interval", "interval")]
    [InlineData("/api/timeline?normalize=maybe", "invalid_boolean", "normalize")]
    [InlineData("/api/timeline?limit=3", "unknown_parameter", "limit")]
    public async Task BadParameters_AreProblemsNamingThem(string url, string code, string parameter) =>
        await Problems.AssertBadRequestAsync(await _client.GetAsync(url), code, parameter);
}
