using Search.Tests.Shared;
using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Search.Api.Hosting;
using Search.Core.Enrichment;
using Search.Core.Searching;

namespace Search.Api.Tests.Hosting;

/// <summary>The service whose searches run on a clock that moves a millisecond per document visited, with a 50 ms budget.</summary>
public sealed class SlowClockFactory : ApiFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<SearchOptions>>().Value;
            IndexBootstrap.Open(options, EnrichmentData.Default, NullLogger.Instance).Dispose();
            return new ArticleSearcher(DataPaths.Resolve(options.IndexPath), EnrichmentData.Default, TimeSpan.FromMilliseconds(50), new Search.Tests.Shared.SteppingClock());
        }));
    }
}

public class SearchTimeoutTests(SlowClockFactory factory) : IClassFixture<SlowClockFactory>
{
    [Fact]
    public async Task ASearchPastItsBudget_Answers503SearchTimeout_AndTheServiceGoesOn()
    {
        var client = factory.CreateClient();
        var slow = await client.GetAsync("/api/search?q=harbour");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, slow.StatusCode);
        Assert.Equal("1", slow.Headers.GetValues("Retry-After").Single());
        var body = (await slow.ReadJsonAsync());
        Assert.Equal("search_timeout", body.GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/search?q=Kurilla")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health")).StatusCode);
    }
}
