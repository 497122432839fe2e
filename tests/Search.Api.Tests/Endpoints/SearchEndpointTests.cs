using System.Net.Http.Json;
using System.Net;
using System.Text.Json;
using Search.Api.Contracts;
using Search.Core.Highlighting;
using Search.Tests.Shared;

namespace Search.Api.Tests.Endpoints;

/// <summary><c>GET</c> and <c>POST /api/search</c>: hits, facets, paging, highlighting and match ranges, copies, and how parameters are read.</summary>
[Collection(ApiCollection.Name)]
public class SearchEndpointTests(ApiFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    private async Task<JsonElement> Json(HttpResponseMessage response) =>
        (await response.ReadJsonAsync());

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
        return (response.StatusCode, (await response.ReadJsonAsync()));
    }

    private Task<JsonElement> Json(string url) => _client.GetJsonAsync(url);

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
    public void RangesAfterAnAstralCharacter_CountItOnce()
    {
        const string text = "A 🛰 satellite and another satellite.";
        var first = text.IndexOf("satellite", StringComparison.Ordinal);
        var second = text.LastIndexOf("satellite", StringComparison.Ordinal);
        var ranges = MatchDto.From(text, [new TextRange(first, first + 9), new TextRange(second, second + 9)]);
        var points = text.EnumerateRunes().Select(r => r.ToString()).ToList();
        Assert.All(ranges, m => Assert.Equal("satellite", string.Concat(points.Skip(m.Start).Take(m.Length))));
        Assert.Equal(first - 1, ranges[0].Start);
    }

    [Fact]
    public async Task ASearchSendsPassagesAsTextWithMatchRanges()
    {
        var body = (await factory.CreateClient().GetJsonAsync("/api/search?q=envoys&facets=&matches=true"));
        var hit = body.GetProperty("hits").EnumerateArray().Single(h => h.GetProperty("id").GetString() == "edge-script");
        var passage = hit.GetProperty("highlights").GetProperty("passages")[0];
        var text = passage.GetProperty("text").GetString()!;
        var match = passage.GetProperty("matches")[0];
        Assert.Equal("envoys", text.Substring(match.GetProperty("start").GetInt32(), match.GetProperty("length").GetInt32()));
        Assert.Contains("<script>", text);
        Assert.DoesNotContain("<script>", hit.GetProperty("highlights").GetProperty("body")[0].GetString());
        var plain = (await factory.CreateClient().GetJsonAsync("/api/search?q=envoys&facets="));
        Assert.False(plain.GetProperty("hits")[0].GetProperty("highlights").TryGetProperty("passages", out _), "ranges only when asked");
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
        Assert.Equal("invalid_body", (await response.ReadJsonAsync()).GetProperty("code").GetString());
        var array = await _client.PostAsync("/api/search", new StringContent("[1,2]", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, array.StatusCode);
    }

    [Fact]
    public async Task Hits_CarryTheirCopiesAndOriginal()
    {
        var body = await Json("/api/search?q=canal%20dredging&highlight=false");
        var hits = body.GetProperty("hits").EnumerateArray().ToDictionary(h => h.GetProperty("id").GetString()!);
        Assert.Equal([TestCorpus.CopyCutId, TestCorpus.CopyOriginalId, TestCorpus.CopyRepostId], hits.Keys.Order());
        Assert.All(hits.Values, h => Assert.Equal(2, h.GetProperty("copies").GetInt32()));
        Assert.Equal(JsonValueKind.Null, hits[TestCorpus.CopyOriginalId].GetProperty("original").ValueKind);
        var original = hits[TestCorpus.CopyRepostId].GetProperty("original");
        Assert.Equal((TestCorpus.CopyOriginalId, "Canal Courier", "2022-02-01"),
            (original.GetProperty("id").GetString(), original.GetProperty("outlet").GetString(), original.GetProperty("published").GetString()));
        Assert.Equal("named-source", hits[TestCorpus.CopyCutId].GetProperty("originalRule").GetString());
        // Articles without copies say so.
        var other = await Json("/api/search?q=Iran&highlight=false");
        Assert.All(other.GetProperty("hits").EnumerateArray(), h => Assert.Equal(0, h.GetProperty("copies").GetInt32()));
    }

    [Fact]
    public async Task CollapseCopies_GivesOneHitPerStory_AndCountsStories()
    {
        var body = await Json("/api/search?q=canal%20dredging&collapse=copies&highlight=false&facets=outlet");
        Assert.Equal(3, body.GetProperty("total").GetInt32());
        Assert.Equal(1, body.GetProperty("stories").GetInt32());
        var hit = body.GetProperty("hits").EnumerateArray().Single();
        Assert.Equal(["Lock Weekly", "River Digest"],
            hit.GetProperty("copyOutlets").EnumerateArray().Select(o => o.GetString()!).Where(o => o != hit.GetProperty("site").GetString()).Order());
        // Facets both ways: articles per outlet, and stories per outlet (the story counts once in Canal Courier).
        int Count(string facets, string value) => body.GetProperty(facets).GetProperty("outlet").EnumerateArray()
            .Single(v => v.GetProperty("value").GetString() == value).GetProperty("count").GetInt32();
        Assert.Equal((2, 1), (Count("facets", "Canal Courier"), Count("storyFacets", "Canal Courier")));
        Assert.Equal((1, 1), (Count("facets", "Lock Weekly"), Count("storyFacets", "Lock Weekly")));
        // Without collapsing there is no story count; collapsing changes nothing for articles without copies.
        Assert.False((await Json("/api/search?q=canal%20dredging")).TryGetProperty("stories", out _));
        var harbour = await Json("/api/search?q=harbour%20traffic&collapse=copies&limit=100&highlight=false");
        Assert.Equal(harbour.GetProperty("total").GetInt32(), harbour.GetProperty("stories").GetInt32());
    }

    [Fact]
    public async Task CollapsedCursorPaging_WalksEveryStoryOnce()
    {
        var seen = new List<string>();
        string? cursor = null;
        var stories = 0;
        do
        {
            var body = await Json("/api/search?collapse=copies&limit=37&highlight=false&facets=" + (cursor is null ? "" : $"&cursor={Uri.EscapeDataString(cursor)}"));
            stories = body.GetProperty("stories").GetInt32();
            seen.AddRange(body.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("id").GetString()!));
            cursor = body.GetProperty("nextCursor").GetString();
        } while (cursor is not null);
        Assert.Equal(TestCorpus.Total - 2, stories);
        Assert.Equal(stories, seen.Count);
        Assert.Equal(seen.Count, seen.Distinct().Count());
        Assert.Single(seen, id => id.StartsWith("canal-", StringComparison.Ordinal));
        // A collapsed walk's cursor is refused for the walk over every article.
        var first = await Json("/api/search?collapse=copies&limit=5&highlight=false");
        await Problems.AssertBadRequestAsync(await _client.GetAsync($"/api/search?limit=5&cursor={Uri.EscapeDataString(first.GetProperty("nextCursor").GetString()!)}"),
            "invalid_cursor", "cursor");
    }

    [Fact]
    public async Task ABadCollapse_IsAProblemNamingIt()
    {
        await Problems.AssertBadRequestAsync(await _client.GetAsync("/api/search?q=canal&collapse=outlets"), "invalid_collapse", "collapse");
        var post = await _client.PostAsync("/api/search", new StringContent("{\"q\":\"canal\",\"collapse\":\"copies\"}", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(1, (await post.ReadJsonAsync()).GetProperty("stories").GetInt32());
    }

    [Fact]
    public async Task AFilterValueNoArticleHas_BringsSuggestions()
    {
        using var client = factory.CreateClient();
        var body = (await client.GetJsonAsync("/api/search?person=Gants&facets="));
        Assert.Equal(0, body.GetProperty("total").GetInt32());
        Assert.Contains("Benny Gantz", body.GetProperty("suggestions").GetProperty("person").EnumerateArray().Select(v => v.GetString()));
        var exact = (await client.GetJsonAsync("/api/search?person=Benny%20Gantz&facets="));
        Assert.True(exact.GetProperty("total").GetInt32() > 0);
        Assert.Equal(JsonValueKind.Null, exact.GetProperty("suggestions").ValueKind);
    }
}
