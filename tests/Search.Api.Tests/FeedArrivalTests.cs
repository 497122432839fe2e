using System.Net.Http.Json;
using System.Text.Json;
using System.Xml.Linq;
using Microsoft.Extensions.DependencyInjection;
using Search.Core.Enrichment;
using Search.Core.Indexing;
using Search.Core.Searching;

namespace Search.Api.Tests;

/// <summary>A factory of its own: this test adds an article to the index, which the shared one must not see.</summary>
public sealed class ArrivalFactory : ApiFactory;

public class FeedArrivalTests(ArrivalFactory factory) : IClassFixture<ArrivalFactory>
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    [Fact]
    public async Task WhatAnIndexerCommits_TopsTheFeedAfterTheNextRefresh()
    {
        var client = factory.ClientWithKey(factory.NewKey("arrivals"));
        var saved = JsonDocument.Parse(await (await client.PostAsJsonAsync("/api/saved-searches", new { name = "Harbour", query = "q=harbour" })).Content.ReadAsStringAsync()).RootElement;
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
