using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Search.Api.Contracts;
using Search.Api.Hosting;
using Search.Core.Searching;

namespace Search.Api.Endpoints;

/// <summary><c>GET /api/stats</c> and <c>GET /health</c>.</summary>
public static class StatsEndpoints
{
    public static RouteGroupBuilder MapStats(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/stats").WithTags("Service");
        group.MapGet("/", Stats)
            .WithName("Stats").WithSummary("What the index holds, and the service's limits")
            .WithDescription("Article and outlet counts, the published date range, the last index change, index size on disk, and the limits of the API.");
        return group;
    }

    /// <summary><c>GET /health</c>, outside <c>/api</c>: what load balancers and containers poll.</summary>
    public static RouteHandlerBuilder MapHealth(this IEndpointRouteBuilder app) =>
        app.MapGet("/health", (ArticleSearcher searcher) => TypedResults.Ok(new HealthResponse("ready", searcher.Count)))
            .WithTags("Service").WithName("Health").WithSummary("Ready once the index is open")
            .WithDescription("200 with the article count once the index is open; the service does not listen before that.");

    private static Ok<StatsResponse> Stats(ArticleSearcher searcher, IOptions<SearchOptions> options)
    {
        var s = searcher.Stats();
        return TypedResults.Ok(new StatsResponse(s.Articles, s.Outlets, s.EarliestPublished?.ToString("yyyy-MM-dd"), s.LatestPublished?.ToString("yyyy-MM-dd"),
            s.LastUpdated, s.IndexBytes, new Limits(SearchRequest.MaxLimit, SearchRequest.MaxOffset, SearchRequest.MaxQueryLength, SearchRequest.MaxFacetSize, options.Value.ExportsPerMinute)));
    }
}
