using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Search.Api.Tests;

/// <summary>GET and POST searches go through the same assertions: one helper sends a search either way.</summary>
[Collection(ApiCollection.Name)]
public class SearchRequestTests(ApiFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    public enum Method { Get, Post }

    /// <summary>Sends a search as a query string (GET) or a JSON body (POST); list values become repeated parameters or arrays.</summary>
    private async Task<(HttpStatusCode Status, JsonElement Body)> Search(Method method, params (string Name, object Value)[] parameters)
    {
        HttpResponseMessage response;
        if (method == Method.Get)
        {
            var query = string.Join('&', parameters.SelectMany(p => p.Value is string[] many ? many.Select(v => (p.Name, v)) : [(p.Name, Convert.ToString(p.Value, System.Globalization.CultureInfo.InvariantCulture)!)])
                .Select(p => $"{p.Name}={Uri.EscapeDataString(p.Item2)}"));
            response = await _client.GetAsync("/api/search?" + query);
        }
        else
        {
            response = await _client.PostAsJsonAsync("/api/search", parameters.ToDictionary(p => p.Name, p => p.Value));
        }
        return (response.StatusCode, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement);
    }

    [Theory]
    [InlineData(Method.Get)]
    [InlineData(Method.Post)]
    public async Task FiltersOfOneFieldOr_OfTwoFieldsAnd(Method method)
    {
        var (status, one) = await Search(method, ("outlet", new[] { "RT" }));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(1, one.GetProperty("total").GetInt32());
        var (_, two) = await Search(method, ("outlet", new[] { "RT", "Axios" }));
        Assert.Equal(2, two.GetProperty("total").GetInt32());
        var (_, and) = await Search(method, ("outlet", new[] { "RT", "Axios" }), ("country", new[] { "OM" }));
        Assert.Equal(1, and.GetProperty("total").GetInt32());
        var outlets = and.GetProperty("facets").GetProperty("outlet").EnumerateArray().ToDictionary(v => v.GetProperty("value").GetString()!, v => v);
        Assert.True(outlets["RT"].GetProperty("selected").GetBoolean());
        Assert.Equal(ApiFactory.GeneratedCount / 2, outlets["Harbour Times"].GetProperty("count").GetInt32()); // multi-select counts
    }

    [Theory]
    [InlineData(Method.Get)]
    [InlineData(Method.Post)]
    public async Task CursorWalk_ReturnsEveryMatchOnce(Method method)
    {
        var seen = new List<string>();
        string? cursor = null;
        int total;
        do
        {
            var parameters = new List<(string, object)> { ("q", "harbour"), ("limit", 40), ("sort", "newest"), ("highlight", false) };
            if (cursor is not null)
            {
                parameters.Add(("cursor", cursor));
            }
            var (status, body) = await Search(method, [.. parameters]);
            Assert.Equal(HttpStatusCode.OK, status);
            total = body.GetProperty("total").GetInt32();
            seen.AddRange(body.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("id").GetString()!));
            cursor = body.GetProperty("nextCursor").GetString();
        } while (cursor is not null);
        Assert.Equal(ApiFactory.GeneratedCount, total);
        Assert.Equal(total, seen.Count);
        Assert.Equal(total, seen.Distinct().Count());
    }

    [Theory]
    [InlineData(Method.Get)]
    [InlineData(Method.Post)]
    public async Task LimitZero_AnswersTheCountsAndFacetsWithoutHits(Method method)
    {
        var (status, counts) = await Search(method, ("q", "harbour"), ("limit", 0), ("facets", "outlet,year"));
        Assert.Equal(HttpStatusCode.OK, status);
        var (_, page) = await Search(method, ("q", "harbour"), ("facets", "outlet,year"));
        Assert.Empty(counts.GetProperty("hits").EnumerateArray());
        Assert.Equal(JsonValueKind.Null, counts.GetProperty("nextCursor").ValueKind);
        Assert.Equal(page.GetProperty("total").GetInt32(), counts.GetProperty("total").GetInt32());
        Assert.True(counts.GetProperty("total").GetInt32() > 0);
        Assert.Equal(page.GetProperty("facets").GetRawText(), counts.GetProperty("facets").GetRawText());

        var (_, stories) = await Search(method, ("q", "canal"), ("limit", 0), ("collapse", "copies"));
        Assert.Empty(stories.GetProperty("hits").EnumerateArray());
        Assert.True(stories.GetProperty("stories").GetInt32() < stories.GetProperty("total").GetInt32());
    }

    [Theory]
    [InlineData(Method.Get, "limit", -1, "limit_out_of_range")]
    [InlineData(Method.Post, "limit", -1, "limit_out_of_range")]
    [InlineData(Method.Get, "limit", 101, "limit_out_of_range")]
    [InlineData(Method.Get, "offset", 20000, "offset_out_of_range")]
    [InlineData(Method.Post, "offset", 20000, "offset_out_of_range")]
    [InlineData(Method.Get, "fragments", 99, "fragments_out_of_range")]
    [InlineData(Method.Post, "fragmentSize", 5, "fragment_size_out_of_range")]
    [InlineData(Method.Get, "facetSize", 0, "facet_size_out_of_range")]
    [InlineData(Method.Get, "highlight", "maybe", "invalid_boolean")]
    [InlineData(Method.Get, "highlight", "yes", "invalid_boolean")]
    [InlineData(Method.Post, "highlight", "maybe", "invalid_body")]
    [InlineData(Method.Post, "q", 123, "invalid_body")]
    [InlineData(Method.Post, "limit", "ten", "invalid_body")]
    [InlineData(Method.Get, "q", "Iran\u0000", "invalid_query")]
    [InlineData(Method.Post, "colour", "red", "unknown_parameter")]
    [InlineData(Method.Post, "q", "(Iran", "invalid_query")]
    [InlineData(Method.Get, "q", "nosuch:Iran", "unknown_field")]
    [InlineData(Method.Get, "to", "2014-13-45", "invalid_date")]
    public async Task OutOfRangeAndWrongTypes_AreProblemsNamingTheParameter(Method method, string name, object value, string code)
    {
        var (status, body) = await Search(method, (name, value));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(code, body.GetProperty("code").GetString());
        Assert.Equal(name, body.GetProperty("parameter").GetString());
    }

    [Fact]
    public async Task PostWithABrokenBody_IsAProblem()
    {
        var response = await _client.PostAsync("/api/search", new StringContent("{not json", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("invalid_body", JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("code").GetString());
        var array = await _client.PostAsync("/api/search", new StringContent("[1,2]", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, array.StatusCode);
    }
}
