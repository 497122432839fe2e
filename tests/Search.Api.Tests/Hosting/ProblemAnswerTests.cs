using Search.Tests.Shared;
using System.Net;
using System.Text;
using System.Text.Json;

namespace Search.Api.Tests.Hosting;

/// <summary>Every non-2xx answer is problem details with a code from the error table; request parsing follows one set of rules.</summary>
[Collection(ApiCollection.Name)]
public class ProblemAnswerTests(ApiFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [InlineData("/api/nosuch", "not_found")]
    [InlineData("/api/articles/no-such-article", "not_found")]
    [InlineData("/api/articles/no-such-article/similar", "not_found")]
    public async Task UnknownAddressesAndArticles_Are404Problems(string url, string code) =>
        await Problems.AssertProblemAsync(await _client.GetAsync(url), HttpStatusCode.NotFound, code);

    [Fact]
    public async Task AWrongMethod_IsA405Problem() =>
        await Problems.AssertProblemAsync(await _client.DeleteAsync("/api/search"), HttpStatusCode.MethodNotAllowed, "method_not_allowed");

    [Fact]
    public async Task ABodyThatIsNotJson_IsA415Problem() =>
        await Problems.AssertProblemAsync(await _client.PostAsync("/api/search", new StringContent("q=Iran", Encoding.UTF8, "text/plain")), HttpStatusCode.UnsupportedMediaType, "unsupported_media_type");

    [Fact]
    public async Task AnOversizedBody_IsA413Problem()
    {
        var json = "{\"q\": \"" + new string('a', 2 * 1024 * 1024) + "\"}";
        await Problems.AssertProblemAsync(await _client.PostAsync("/api/search", new StringContent(json, Encoding.UTF8, "application/json")), HttpStatusCode.RequestEntityTooLarge, "body_too_large");
    }

    [Fact]
    public async Task InvalidJson_SaysWhereWithoutTheParsersText()
    {
        var body = await Problems.AssertProblemAsync(await _client.PostAsync("/api/search", new StringContent("{\"q\": tru", Encoding.UTF8, "application/json")), HttpStatusCode.BadRequest, "invalid_body");
        Assert.Contains("line 1", body.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task ARepeatedKeyInABody_IsRefused()
    {
        var body = await Problems.AssertProblemAsync(await _client.PostAsync("/api/search", new StringContent("{\"q\":\"Iran\",\"q\":\"Syria\"}", Encoding.UTF8, "application/json")), HttpStatusCode.BadRequest, "invalid_body");
        Assert.Equal("q", body.GetProperty("parameter").GetString());
    }

    [Fact]
    public async Task ALongQueryInTheAddress_IsServed_AndAnAddressPastTheLimitIsA414Problem()
    {
        // 1,500 non-ASCII characters percent-encode to 13,500: served.
        var words = string.Join(" OR ", Enumerable.Repeat("日本語", 125));
        var longOk = await _client.GetAsync("/api/search?q=" + Uri.EscapeDataString(words));
        Assert.Equal(HttpStatusCode.OK, longOk.StatusCode);
        var tooLong = await _client.GetAsync("/api/search?q=" + new string('a', 40_000));
        await Problems.AssertProblemAsync(tooLong, HttpStatusCode.RequestUriTooLong, "uri_too_long");
    }

    [Fact]
    public async Task AControlCharacterInTheQuery_IsRefused_NotReadAsEverything()
    {
        var body = await Problems.AssertProblemAsync(await _client.GetAsync("/api/search?q=%00"), HttpStatusCode.BadRequest, "invalid_query");
        Assert.Equal(1, body.GetProperty("position").GetInt32());
    }

    [Fact]
    public async Task ACursorMadeForAnotherQuery_IsRefused()
    {
        var first = (await _client.GetJsonAsync("/api/search?q=harbour&limit=5&facets="));
        var cursor = first.GetProperty("nextCursor").GetString()!;
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync($"/api/search?q=harbour&limit=5&facets=&cursor={cursor}")).StatusCode);
        await Problems.AssertProblemAsync(await _client.GetAsync($"/api/search?q=report&limit=5&cursor={cursor}"), HttpStatusCode.BadRequest, "invalid_cursor");
        await Problems.AssertProblemAsync(await _client.GetAsync($"/api/search?q=harbour&outlet=Port%20Gazette&limit=5&cursor={cursor}"), HttpStatusCode.BadRequest, "invalid_cursor");
        await Problems.AssertProblemAsync(await _client.GetAsync($"/api/search?q=harbour&sort=newest&limit=5&cursor={cursor}"), HttpStatusCode.BadRequest, "invalid_cursor");
    }

    [Fact]
    public async Task TheErrorTable_IsServed_AndListedInTheOpenApiDocument()
    {
        var errors = (await _client.GetJsonAsync("/api/errors")).EnumerateArray()
            .ToDictionary(e => e.GetProperty("code").GetString()!, e => e.GetProperty("status").GetInt32());
        foreach (var (code, status) in new[] { ("invalid_query", 400), ("not_found", 404), ("method_not_allowed", 405), ("body_too_large", 413),
                     ("uri_too_long", 414), ("unsupported_media_type", 415), ("rate_limited", 429), ("search_timeout", 503) })
        {
            Assert.Equal(status, errors[code]);
        }
        var description = (await _client.GetJsonAsync("/openapi/v1.json")).GetProperty("info").GetProperty("description").GetString()!;
        Assert.All(errors.Keys, code => Assert.Contains($"`{code}`", description));
    }
}
