using System.Net;
using System.Text.Json;
using Search.Tests.Shared;

namespace Search.Api.Tests.Endpoints;

/// <summary><c>GET /api/articles/{id}</c>, <c>/similar</c> and <c>/copies</c>.</summary>
[Collection(ApiCollection.Name)]
public class ArticleEndpointTests(ApiFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    private Task<JsonElement> Json(string url) => _client.GetJsonAsync(url);

    [Fact]
    public async Task TheCopiesView_ListsTheStoryByDate_WithEscapedDifferences()
    {
        var body = await Json($"/api/articles/{TestCorpus.CopyCutId}/copies");
        Assert.Equal(TestCorpus.CopyOriginalId, body.GetProperty("original").GetProperty("id").GetString());
        Assert.Equal("named-source", body.GetProperty("rule").GetString());
        var copies = body.GetProperty("copies").EnumerateArray().ToList();
        Assert.Equal([TestCorpus.CopyRepostId, TestCorpus.CopyOriginalId, TestCorpus.CopyCutId], copies.Select(c => c.GetProperty("id").GetString()));
        var repost = copies[0];
        Assert.Equal(("River Digest", "Canal Courier", 2, 0), (repost.GetProperty("site").GetString(), repost.GetProperty("credits").GetString(),
            repost.GetProperty("added").GetInt32(), repost.GetProperty("removed").GetInt32()));
        Assert.Contains("<ins>ADVERTISEMENT</ins>", repost.GetProperty("html").GetString());
        var cut = copies[2];
        Assert.Equal((0, 3), (cut.GetProperty("added").GetInt32(), cut.GetProperty("removed").GetInt32()));
        var html = cut.GetProperty("html").GetString()!;
        Assert.Contains("<del>", html);
        Assert.Contains("&lt;b&gt;river&lt;/b&gt; banks &amp; quays", html);
        Assert.DoesNotContain("<b>", html);
        Assert.True(copies[1].GetProperty("isOriginal").GetBoolean());
        Assert.Empty(copies[1].GetProperty("changes").EnumerateArray());
    }

    [Fact]
    public async Task AnArticleWithoutCopies_HasAnEmptyStory_AndAnUnknownIdIs404()
    {
        var body = await Json("/api/articles/gen-001/copies");
        Assert.Equal(JsonValueKind.Null, body.GetProperty("original").ValueKind);
        Assert.Empty(body.GetProperty("copies").EnumerateArray());
        await Problems.AssertProblemAsync(await _client.GetAsync("/api/articles/no-such-article/copies"), HttpStatusCode.NotFound, "not_found");
        await Problems.AssertBadRequestAsync(await _client.GetAsync("/api/articles/gen-001/copies?limit=3"), "unknown_parameter", "limit");
    }
}
