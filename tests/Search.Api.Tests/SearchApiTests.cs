using System.Net;
using System.Text.Json;

namespace Search.Api.Tests;

[Collection(ApiCollection.Name)]
public class SearchApiTests(ApiFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    private async Task<JsonElement> Json(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    [Fact]
    public async Task SearchForIran_AnswersHitsWithHighlightsAndFacets()
    {
        var response = await _client.GetAsync("/api/search?q=Iran");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await Json(response);
        Assert.Equal(4, body.GetProperty("total").GetInt32()); // the generated articles never say Iran
        var hit = body.GetProperty("hits")[0];
        Assert.Contains("<mark>", hit.GetProperty("highlights").GetProperty("body")[0].GetString());
        Assert.Contains(body.GetProperty("facets").GetProperty("country").EnumerateArray(),
            c => c.GetProperty("value").GetString() == "IR" && c.GetProperty("name").GetString() == "Iran");
    }

    [Fact]
    public async Task HitsSayHowTheirOutletWasFound_AndCanBeFilteredAndCountedByIt()
    {
        var body = await Json(await _client.GetAsync("/api/search?q=harbour&facets=outletSource&limit=5"));
        Assert.All(body.GetProperty("hits").EnumerateArray(), h => Assert.Equal("source", h.GetProperty("outletSource").GetString()));
        var counts = body.GetProperty("facets").GetProperty("outletSource").EnumerateArray().ToDictionary(v => v.GetProperty("value").GetString()!, v => v.GetProperty("count").GetInt32());
        Assert.Equal(body.GetProperty("total").GetInt32(), counts["source"]);
        var samples = await Json(await _client.GetAsync("/api/search?outletSource=registry&limit=20"));
        Assert.True(samples.GetProperty("total").GetInt32() > 0);
        Assert.All(samples.GetProperty("hits").EnumerateArray(), h => Assert.Equal("registry", h.GetProperty("outletSource").GetString()));
        var article = await Json(await _client.GetAsync("/api/articles/gen-001"));
        Assert.Equal(("Port Gazette", "source"), (article.GetProperty("outlet").GetString(), article.GetProperty("outletSource").GetString()));
    }

    [Fact]
    public async Task RepeatedFilters_AreOr()
    {
        var one = await Json(await _client.GetAsync("/api/search?outlet=RT"));
        var two = await Json(await _client.GetAsync("/api/search?outlet=RT&outlet=Axios"));
        Assert.Equal(1, one.GetProperty("total").GetInt32());
        Assert.Equal(2, two.GetProperty("total").GetInt32());
    }

    [Theory]
    [InlineData("/api/search?q=%22Iran", "invalid_query", "q")]
    [InlineData("/api/search?limit=500", "limit_out_of_range", "limit")]
    [InlineData("/api/search?limit=ten", "invalid_integer", "limit")]
    [InlineData("/api/search?from=yesterday", "invalid_date", "from")]
    [InlineData("/api/search?facets=colour", "unknown_facet", "facets")]
    [InlineData("/api/search?colour=red", "unknown_parameter", "colour")]
    [InlineData("/api/search?sort=best", "invalid_sort", "sort")]
    [InlineData("/api/search?cursor=xyz", "invalid_cursor", "cursor")]
    public async Task BadInput_GetsProblemDetailsNamingTheParameter(string url, string code, string parameter) =>
        await Problems.AssertBadRequestAsync(await _client.GetAsync(url), code, parameter);

    [Fact]
    public async Task Article_ComesWholeAndHighlighted()
    {
        var response = await _client.GetAsync("/api/articles/004_cf16c801bd8bde5b.txt?q=Annan");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await Json(response);
        Assert.Equal("Global Research", body.GetProperty("outlet").GetString());
        Assert.Contains("<mark>Annan</mark>", body.GetProperty("highlights").GetProperty("text").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync("/api/articles/nope")).StatusCode);
    }

    [Fact]
    public async Task SimilarArticles_LeaveOutTheArticleItself()
    {
        var body = await Json(await _client.GetAsync("/api/articles/000_6e3a7f385a97d3c7.txt/similar?limit=3"));
        Assert.InRange(body.GetArrayLength(), 1, 3);
        Assert.DoesNotContain(body.EnumerateArray(), h => h.GetProperty("id").GetString() == "000_6e3a7f385a97d3c7.txt");
    }

    [Fact]
    public async Task Page_IsServedWithAStrictContentSecurityPolicy()
    {
        var response = await _client.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<input id=\"q\"", await response.Content.ReadAsStringAsync());
        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    public async Task StatsAndHealth_DescribeTheIndex()
    {
        var stats = await Json(await _client.GetAsync("/api/stats"));
        Assert.Equal(Search.Tests.Shared.TestCorpus.Total, stats.GetProperty("articles").GetInt32());
        Assert.Equal("2000-01-01", stats.GetProperty("earliestPublished").GetString());
        Assert.Equal(100, stats.GetProperty("limits").GetProperty("maxLimit").GetInt32());
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync("/health")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync("/openapi/v1.json")).StatusCode);
    }
}
