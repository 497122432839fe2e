using System.Net;
using System.Text.Json;
using Search.Tests.Shared;

namespace Search.Api.Tests;

/// <summary>Copies: hits name their story's copies and original, collapse=copies gives one hit per story, /copies shows the changes.</summary>
[Collection(ApiCollection.Name)]
public class CopiesApiTests(ApiFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    private Task<JsonElement> Json(string url) => _client.GetOkJsonAsync(url);

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

    [Fact]
    public async Task ABadCollapse_IsAProblemNamingIt()
    {
        await Problems.AssertBadRequestAsync(await _client.GetAsync("/api/search?q=canal&collapse=outlets"), "invalid_collapse", "collapse");
        var post = await _client.PostAsync("/api/search", new StringContent("{\"q\":\"canal\",\"collapse\":\"copies\"}", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(1, JsonDocument.Parse(await post.Content.ReadAsStringAsync()).RootElement.GetProperty("stories").GetInt32());
    }
}
