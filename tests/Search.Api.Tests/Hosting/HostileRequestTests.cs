using Search.Tests.Shared;
using System.Net;
using System.Text.Json;
using CsCheck;

namespace Search.Api.Tests.Hosting;

/// <summary>Generated hostile input at the HTTP API: every answer is 200 or a 400 problem with a stable code, never a 500.</summary>
[Collection(ApiCollection.Name)]
public class HostileRequestTests(ApiFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    private static readonly string[] Names = ["q", "limit", "offset", "from", "to", "sort", "facets", "facetSize", "fragments", "fragmentSize", "highlight", "cursor", "outlet", "country", "colour"];
    private static readonly string[] Values = ["", "-1", "0", "1", "101", "99999999999999999999", "abc", "true", "2014-13-45", "2014", "\"Iran", "Iran", "*", "%00", "\u202E", "日本", "outlet,colour", "(((", new string('x', 3000)];

    private static readonly Gen<string> QueryStrings =
        Gen.Select(Gen.Int[0, Names.Length - 1], Gen.Int[0, Values.Length - 1]).Array[1, 4]
            .Select(pairs => string.Join('&', pairs.Select(p => $"{Names[p.Item1]}={Uri.EscapeDataString(Values[p.Item2])}")));

    [Fact]
    public void GeneratedParameters_AreAnsweredOrRefusedWithAProblem_NeverA500() =>
        QueryStrings.Sample(query =>
        {
            using var response = _client.GetAsync("/api/search?" + query).GetAwaiter().GetResult();
            var body = response.Content.ReadAsStringAsync().GetAwaiter().GetResult();
            Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest, $"{(int)response.StatusCode} for {query}: {body}");
            if (response.StatusCode == HttpStatusCode.BadRequest)
            {
                Assert.Matches("^[a-z_]+$", TestJson.Parse(body).GetProperty("code").GetString()!);
            }
        }, iter: 400);

    [Theory]
    [InlineData("/api/articles/000_6e3a7f385a97d3c7.txt/similar?limit=ten", "invalid_integer", "limit")]
    [InlineData("/api/facets/person?limit=lots", "invalid_integer", "limit")]
    [InlineData("/api/pivot?size=big", "invalid_integer", "size")]
    [InlineData("/api/export?includeText=maybe", "invalid_boolean", "includeText")]
    [InlineData("/api/export?format=xml", "invalid_format", "format")]
    [InlineData("/api/export?sort=best", "invalid_sort", "sort")]
    [InlineData("/api/facets/person?from=someday", "invalid_date", "from")]
    [InlineData("/api/pivot?colour=red", "unknown_parameter", "colour")]
    public async Task WrongTypesOnEveryEndpoint_AreProblemsNamingTheParameter(string url, string code, string parameter) =>
        await Problems.AssertBadRequestAsync(await _client.GetAsync(url), code, parameter);

    [Fact]
    public async Task ThePage_SendsTheSecurityHeaders()
    {
        var response = await _client.GetAsync("/");
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("script-src 'self'", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
    }
}
