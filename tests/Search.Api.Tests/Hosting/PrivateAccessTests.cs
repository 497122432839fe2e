using Search.Tests.Shared;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Search.Core.State;

namespace Search.Api.Tests.Hosting;

/// <summary>The API of a private archive (<c>Search:Access=private</c>), with the audit log on and 5 wrong keys a minute.</summary>
public sealed class PrivateApiFactory : ApiFactory
{
    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["Search:Access"] = "private",
        ["Search:KeyAttemptsPerMinute"] = "5",
    };

    public AuditLog Audit => Services.GetRequiredService<AuditLog>();
}

public class PrivateAccessTests(PrivateApiFactory factory) : IClassFixture<PrivateApiFactory>
{
    private string Reader() => factory.NewKey("reader-" + Guid.NewGuid().ToString("n")[..8], KeyRole.Reader);

    private string Writer() => factory.NewKey("writer-" + Guid.NewGuid().ToString("n")[..8]);

    [Fact]
    public async Task EveryRouteButHealthAndFeeds_Answers401WithoutAKey()
    {
        var client = factory.CreateClient();
        var routes = factory.Services.GetServices<EndpointDataSource>().SelectMany(s => s.Endpoints).OfType<RouteEndpoint>()
            .SelectMany(e => (e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()?.HttpMethods ?? ["GET"])
                .Select(method => (Method: method, Path: "/" + string.Join('/', e.RoutePattern.PathSegments.Select(segment =>
                    string.Concat(segment.Parts.Select(p => p is Microsoft.AspNetCore.Routing.Patterns.RoutePatternLiteralPart literal ? literal.Content : "x")))))))
            .Distinct().ToList();
        Assert.Contains(routes, r => r.Path == "/api/search");
        Assert.Contains(routes, r => r.Path == "/api/export");
        Assert.Contains(routes, r => r.Path.StartsWith("/openapi/", StringComparison.Ordinal));
        foreach (var (method, path) in routes)
        {
            var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path + "?q=Iran"));
            if (path == "/health" || path.EndsWith("/feed.atom", StringComparison.Ordinal))
            {
                Assert.NotEqual(HttpStatusCode.Unauthorized, response.StatusCode);
                continue;
            }
            Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, $"{method} {path} answered {(int)response.StatusCode} without a key");
            await Problems.AssertProblemAsync(response, HttpStatusCode.Unauthorized, "unauthorized");
        }
    }

    [Fact]
    public async Task ThePageLoadsWithoutAKey_AndItsDataNeedsOne()
    {
        var client = factory.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/js/api.js")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health")).StatusCode);
        await Problems.AssertProblemAsync(await client.GetAsync("/api/fields"), HttpStatusCode.Unauthorized, "unauthorized");
        var reader = factory.ClientWithKey(Reader());
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync("/api/fields")).StatusCode);
        var search = (await reader.GetJsonAsync("/api/search?q=harbour"));
        Assert.True(search.GetProperty("total").GetInt32() > 0);
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync("/api/export?q=harbour&format=csv")).StatusCode);
    }

    [Fact]
    public async Task AReaderSearches_OnlyAWriterSavesSearches_AndTheFeedNeedsOnlyItsToken()
    {
        var reader = factory.ClientWithKey(Reader());
        await Problems.AssertProblemAsync(await reader.PostAsJsonAsync("/api/saved-searches", new { name = "Harbour", query = "q=harbour" }),
            HttpStatusCode.Forbidden, "read_only_key");
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync("/api/saved-searches")).StatusCode);

        var writer = factory.ClientWithKey(Writer());
        var created = await writer.PostAsJsonAsync("/api/saved-searches", new { name = "Harbour", query = "q=harbour" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var feed = (await created.ReadJsonAsync()).GetProperty("feedUrl").GetString()!;
        var anonymous = factory.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync(feed)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await anonymous.GetAsync(feed.Split('?')[0] + "?token=wrong")).StatusCode);
    }

    [Fact]
    public async Task EveryRequest_IsInTheAuditLog_WithItsKeyQueryAndStatus()
    {
        var name = "auditor-" + Guid.NewGuid().ToString("n")[..8];
        var client = factory.ClientWithKey(factory.NewKey(name, KeyRole.Reader));
        var marker = Guid.NewGuid().ToString("n")[..10];
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/search?q=harbour+{marker}")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.CreateClient().GetAsync($"/api/search?q={marker}")).StatusCode);

        IReadOnlyList<AuditEntry> entries = [];
        for (var i = 0; i < 100 && entries.Count < 2; i++)
        {
            await Task.Delay(50);
            entries = factory.Audit.Read(limit: 10_000).Where(e => e.Query.Contains(marker, StringComparison.Ordinal)).ToList();
        }
        var searched = Assert.Single(entries, e => e.Status == 200);
        Assert.Equal((name, "GET", "/api/search"), (searched.KeyName, searched.Method, searched.Path));
        Assert.InRange(searched.Time, DateTimeOffset.UtcNow.AddMinutes(-1), DateTimeOffset.UtcNow.AddSeconds(1));
        var refused = Assert.Single(entries, e => e.Status == 401);
        Assert.Null(refused.KeyName);
    }

    [Fact]
    public async Task AuditEntriesPastTheRetention_AreRemovedWhileTheServiceRuns()
    {
        // The retention is the default, 365 days. The trail prunes with its first batch, then hourly: a service of its own shows it.
        var marker = Guid.NewGuid().ToString("n")[..10];
        await using var restarted = new PrivateApiFactory();
        restarted.Services.GetRequiredService<AuditLog>().Record([
            new AuditEntry(DateTimeOffset.UtcNow.AddDays(-400), null, null, "192.0.2.1", "GET", "/api/search", $"?q=old{marker}", 200),
            new AuditEntry(DateTimeOffset.UtcNow.AddDays(-300), null, null, "192.0.2.1", "GET", "/api/search", $"?q=recent{marker}", 200),
        ]);
        await restarted.ClientWithKey(restarted.NewKey("pruner", KeyRole.Reader)).GetAsync("/api/search?q=harbour");
        IReadOnlyList<string> left = [];
        for (var i = 0; i < 100; i++)
        {
            await Task.Delay(50);
            left = restarted.Audit.Read(limit: 10_000).Select(e => e.Query).Where(q => q.Contains(marker, StringComparison.Ordinal)).ToList();
            if (left.Count == 1)
            {
                break;
            }
        }
        Assert.Equal([$"?q=recent{marker}"], left);
    }
}

/// <summary>Guessing keys, on a private archive of its own: the count of wrong keys is per address, and in process all share one.</summary>
public class KeyGuessingApiTests(PrivateApiFactory factory) : IClassFixture<PrivateApiFactory>
{
    [Fact]
    public async Task WrongKeysFromOneAddress_Get429AfterTheLimit_ThenEvenAGoodKeyWaits()
    {
        var keys = factory.Services.GetRequiredService<ApiKeys>();
        var revokedName = "revoked-" + Guid.NewGuid().ToString("n")[..8];
        var revoked = factory.NewKey(revokedName);
        keys.Revoke(revokedName);
        await Problems.AssertProblemAsync(await factory.ClientWithKey(revoked).GetAsync("/api/search?q=Iran"), HttpStatusCode.Unauthorized, "key_revoked");
        for (var i = 1; i < 5; i++)
        {
            await Problems.AssertProblemAsync(await factory.ClientWithKey($"nsk_guess{i}").GetAsync("/api/search?q=Iran"), HttpStatusCode.Unauthorized, "invalid_key");
        }
        var blocked = await factory.ClientWithKey("nsk_guess6").GetAsync("/api/search?q=Iran");
        await Problems.AssertProblemAsync(blocked, (HttpStatusCode)429, "too_many_key_attempts");
        Assert.InRange(int.Parse(blocked.Headers.GetValues("Retry-After").Single()), 1, 60);
        await Problems.AssertProblemAsync(await factory.ClientWithKey(factory.NewKey("reader", KeyRole.Reader)).GetAsync("/api/search?q=Iran"), (HttpStatusCode)429, "too_many_key_attempts");
    }
}

/// <summary>A public archive (the default) keeps no audit log unless Search:Audit asks for one.</summary>
[Collection(ApiCollection.Name)]
public class PublicArchiveAuditTests(ApiFactory factory)
{
    [Fact]
    public async Task APublicArchive_AnswersWithoutAKey_AndRecordsNothing()
    {
        var client = factory.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/search?q=harbour")).StatusCode);
        await Task.Delay(500);
        Assert.Empty(new AuditLog(factory.Services.GetRequiredService<StateStore>()).Read());
    }
}
