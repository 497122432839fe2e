using System.Net.Http.Json;
using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using Microsoft.Extensions.DependencyInjection;
using Search.Core.Enrichment;
using Search.Core.Indexing;
using Search.Core.Searching;
using Search.Tests.Shared;

namespace Search.Api.Tests.Endpoints;

[Collection(ApiCollection.Name)]
public class SavedSearchEndpointTests(ApiFactory factory)
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    private static async Task<JsonElement> Json(HttpResponseMessage response) => (await response.ReadJsonAsync());

    [Fact]
    public async Task WritesNeedAKey_AnUnknownOrRevokedKeyIs401_AnotherOwnersSearchIs403()
    {
        var anonymous = factory.CreateClient();
        var none = await anonymous.PostAsJsonAsync("/api/saved-searches", new { name = "Iran", query = "q=Iran" });
        await Problems.AssertProblemAsync(none, HttpStatusCode.Unauthorized, "unauthorized");
        Assert.Equal("Bearer", none.Headers.WwwAuthenticate.Single().Scheme);
        await Problems.AssertProblemAsync(await factory.ClientWithKey("nsk_nothing").GetAsync("/api/saved-searches"), HttpStatusCode.Unauthorized, "invalid_key");

        var alice = factory.ClientWithKey(factory.NewKey("alice-" + Guid.NewGuid().ToString("n")[..6]));
        var bobName = "bob-" + Guid.NewGuid().ToString("n")[..6];
        var bob = factory.ClientWithKey(factory.NewKey(bobName));
        var created = await alice.PostAsJsonAsync("/api/saved-searches", new { name = "Iran in Syria", query = "q=Iran&country=SY" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await Json(created)).GetProperty("id").GetString()!;
        await Problems.AssertProblemAsync(await bob.GetAsync($"/api/saved-searches/{id}"), HttpStatusCode.Forbidden, "forbidden");
        await Problems.AssertProblemAsync(await bob.DeleteAsync($"/api/saved-searches/{id}"), HttpStatusCode.Forbidden, "forbidden");
        Assert.DoesNotContain((await Json(await bob.GetAsync("/api/saved-searches"))).EnumerateArray(), s => s.GetProperty("id").GetString() == id);

        factory.Services.GetRequiredService<Search.Core.State.ApiKeys>().Revoke(bobName);
        await Problems.AssertProblemAsync(await bob.GetAsync("/api/saved-searches"), HttpStatusCode.Unauthorized, "key_revoked");
        Assert.Equal(HttpStatusCode.NoContent, (await alice.DeleteAsync($"/api/saved-searches/{id}")).StatusCode);
        await Problems.AssertProblemAsync(await alice.GetAsync($"/api/saved-searches/{id}"), HttpStatusCode.NotFound, "not_found");
    }

    [Fact]
    public async Task ASavedSearch_TakesAQueryStringOrASearchBody_AndMustRun()
    {
        var client = factory.ClientWithKey(factory.NewKey("forms-" + Guid.NewGuid().ToString("n")[..6]));
        var fromBody = await Json(await client.PostAsJsonAsync("/api/saved-searches", new { name = "Harbour", search = new { q = "harbour", outlet = new[] { "Port Gazette" } } }));
        Assert.Equal("q=harbour&outlet=Port%20Gazette", fromBody.GetProperty("query").GetString());
        await Problems.AssertProblemAsync(await client.PostAsJsonAsync("/api/saved-searches", new { name = "Broken", query = "q=(Iran" }), HttpStatusCode.BadRequest, "invalid_query");
        await Problems.AssertProblemAsync(await client.PostAsJsonAsync("/api/saved-searches", new { query = "q=Iran" }), HttpStatusCode.BadRequest, "invalid_saved_search");
        var list = await Json(await client.GetAsync("/api/saved-searches"));
        Assert.Equal(["Harbour"], list.EnumerateArray().Select(s => s.GetProperty("name").GetString()));
    }

    [Fact]
    public async Task TheFeed_IsAtom_NewestArrivalsFirst_AndItsTokenRotates()
    {
        var client = factory.ClientWithKey(factory.NewKey("feed-" + Guid.NewGuid().ToString("n")[..6]));
        var saved = await Json(await client.PostAsJsonAsync("/api/saved-searches", new { name = "Harbour <reports>", query = "q=harbour" }));
        var feedUrl = new Uri(saved.GetProperty("feedUrl").GetString()!).PathAndQuery;
        var anonymous = factory.CreateClient();
        var response = await anonymous.GetAsync(feedUrl);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType?.MediaType);
        var feed = XDocument.Parse(await response.Content.ReadAsStringAsync()).Root!;
        // RFC 4287: a feed has id, title, updated and an author; each entry id, title, updated and a link.
        Assert.Equal(Atom + "feed", feed.Name);
        foreach (var required in new[] { "id", "title", "updated", "author" })
        {
            Assert.NotNull(feed.Element(Atom + required));
        }
        Assert.Equal("Harbour <reports>", feed.Element(Atom + "title")!.Value);
        var entries = feed.Elements(Atom + "entry").ToList();
        Assert.Equal(20, entries.Count);
        foreach (var entry in entries)
        {
            Assert.True(Uri.TryCreate(entry.Element(Atom + "id")!.Value, UriKind.Absolute, out _));
            Assert.NotEmpty(entry.Element(Atom + "title")!.Value);
            Assert.True(DateTimeOffset.TryParse(entry.Element(Atom + "updated")!.Value, out _));
            Assert.Contains("?article=", entry.Element(Atom + "link")!.Attribute("href")!.Value);
            Assert.Contains("<mark>", entry.Element(Atom + "summary")!.Value);
        }
        var updated = entries.Select(e => DateTimeOffset.Parse(e.Element(Atom + "updated")!.Value)).ToList();
        Assert.Equal(updated.OrderByDescending(u => u), updated);

        var lastModified = response.Content.Headers.LastModified!.Value;
        var again = new HttpRequestMessage(HttpMethod.Get, feedUrl);
        again.Headers.IfModifiedSince = lastModified;
        Assert.Equal(HttpStatusCode.NotModified, (await anonymous.SendAsync(again)).StatusCode);

        await Problems.AssertProblemAsync(await anonymous.GetAsync(feedUrl.Split("token=")[0] + "token=wrong"), HttpStatusCode.Forbidden, "invalid_feed_token");
        var rotated = await Json(await client.PostAsync($"/api/saved-searches/{saved.GetProperty("id").GetString()}/token", null));
        await Problems.AssertProblemAsync(await anonymous.GetAsync(feedUrl), HttpStatusCode.Forbidden, "invalid_feed_token");
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync(new Uri(rotated.GetProperty("feedUrl").GetString()!).PathAndQuery)).StatusCode);
    }

    [Fact]
    public async Task SixteenClients_CreatingAndDeletingAtOnce_LoseNothing()
    {
        var secret = factory.NewKey("crowd-" + Guid.NewGuid().ToString("n")[..6]);
        var kept = new System.Collections.Concurrent.ConcurrentBag<string>();
        await Task.WhenAll(Enumerable.Range(0, 16).Select(async c =>
        {
            var client = factory.ClientWithKey(secret);
            for (var i = 0; i < 10; i++)
            {
                var created = await client.PostAsJsonAsync("/api/saved-searches", new { name = $"c{c}-{i}", query = $"q=report {i}" });
                Assert.Equal(HttpStatusCode.Created, created.StatusCode);
                var id = (await Json(created)).GetProperty("id").GetString()!;
                if (i % 2 == 0)
                {
                    Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/api/saved-searches/{id}")).StatusCode);
                }
                else
                {
                    kept.Add(id);
                }
            }
        }));
        var listed = (await Json(await factory.ClientWithKey(secret).GetAsync("/api/saved-searches"))).EnumerateArray().Select(s => s.GetProperty("id").GetString()!).ToList();
        Assert.Equal(kept.Order(), listed.Order());
        Assert.Equal(80, listed.Count);
    }

    [Fact]
    public async Task TheOpenApiDocument_DeclaresTheBearerScheme_OnTheWrites()
    {
        var doc = await Json(await factory.CreateClient().GetAsync("/openapi/v1.json"));
        Assert.Equal("bearer", doc.GetProperty("components").GetProperty("securitySchemes").GetProperty("bearer").GetProperty("scheme").GetString());
        var post = doc.GetProperty("paths").GetProperty("/api/saved-searches").GetProperty("post");
        Assert.True(post.GetProperty("security")[0].TryGetProperty("bearer", out _));
        Assert.False(doc.GetProperty("paths").GetProperty("/api/search").GetProperty("get").TryGetProperty("security", out _));
    }
}

public sealed class TwoWritesAMinuteFactory : ApiFactory
{
    protected override int WritesPerMinute => 2;
}

public class WriteRateLimitTests(TwoWritesAMinuteFactory factory) : IClassFixture<TwoWritesAMinuteFactory>
{
    [Fact]
    public async Task WritesPastTheKeysLimit_Are429WithRetryAfter_AndAnotherKeyIsNotLimited()
    {
        var first = factory.ClientWithKey(factory.NewKey("busy"));
        for (var i = 0; i < 2; i++)
        {
            Assert.Equal(HttpStatusCode.Created, (await first.PostAsJsonAsync("/api/saved-searches", new { name = $"s{i}", query = "q=harbour" })).StatusCode);
        }
        var limited = await first.PostAsJsonAsync("/api/saved-searches", new { name = "one too many", query = "q=harbour" });
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.NotNull(limited.Headers.RetryAfter);
        Assert.Equal("rate_limited", (await limited.ReadJsonAsync()).GetProperty("code").GetString());
        var other = factory.ClientWithKey(factory.NewKey("quiet"));
        Assert.Equal(HttpStatusCode.Created, (await other.PostAsJsonAsync("/api/saved-searches", new { name = "fine", query = "q=harbour" })).StatusCode);
    }
}

public sealed class ArrivalFactory : ApiFactory;

public class FeedArrivalTests(ArrivalFactory factory) : IClassFixture<ArrivalFactory>
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    [Fact]
    public async Task WhatAnIndexerCommits_TopsTheFeedAfterTheNextRefresh()
    {
        var client = factory.ClientWithKey(factory.NewKey("arrivals"));
        var saved = (await (await client.PostAsJsonAsync("/api/saved-searches", new { name = "Harbour", query = "q=harbour" })).ReadJsonAsync());
        var feedUrl = new Uri(saved.GetProperty("feedUrl").GetString()!).PathAndQuery;
        var before = XDocument.Parse(await client.GetStringAsync(feedUrl)).Root!;
        var firstBefore = DateTimeOffset.Parse(before.Element(Atom + "entry")!.Element(Atom + "updated")!.Value);

        // Feed times are to the second: the indexer's clock stands two seconds on, instead of the test waiting for them.
        var later = new LaterClock(TimeSpan.FromSeconds(2));
        var corpus = Search.Tests.Shared.TempFolders.New();
        File.WriteAllText(Path.Combine(corpus, "late.jsonl"), "{\"id\":\"late-1\",\"title\":\"A late harbour report\",\"text\":\"A late report on harbour traffic.\",\"outlet\":\"Port Gazette\"}\n");
        new ArticleIndexer(new ArticleEnricher(EnrichmentData.Default)).Run([corpus], factory.IndexPath, new IndexRunOptions { Clock = later });
        Assert.True(factory.Services.GetRequiredService<ArticleSearcher>().Refresh());

        var after = XDocument.Parse(await client.GetStringAsync(feedUrl)).Root!;
        var first = after.Element(Atom + "entry")!;
        Assert.Equal("A late harbour report", first.Element(Atom + "title")!.Value);
        Assert.True(DateTimeOffset.Parse(first.Element(Atom + "updated")!.Value) > firstBefore);
        Assert.True(DateTimeOffset.Parse(after.Element(Atom + "updated")!.Value) > DateTimeOffset.Parse(before.Element(Atom + "updated")!.Value));
    }

    private sealed class LaterClock(TimeSpan ahead) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + ahead;
    }
}
