using Search.Core.Searching;

namespace Search.Api.Endpoints;

/// <summary><c>GET /api/stats</c> and <c>GET /health</c>.</summary>
public static class StatsEndpoints
{
    public sealed record Limits(int MaxLimit, int MaxOffsetWindow, int MaxQueryLength, int MaxFacetSize, int ExportsPerMinute);

    public sealed record StatsResponse(int Articles, int Outlets, string? EarliestPublished, string? LatestPublished, DateTime? LastUpdated, long IndexBytes, Limits Limits);

    public static IEndpointRouteBuilder MapStats(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/stats", (ArticleSearcher searcher, Microsoft.Extensions.Options.IOptions<Search.Api.Hosting.SearchOptions> options) =>
            {
                var s = searcher.Stats();
                return TypedResults.Ok(new StatsResponse(s.Articles, s.Outlets, s.EarliestPublished?.ToString("yyyy-MM-dd"), s.LatestPublished?.ToString("yyyy-MM-dd"),
                    s.LastUpdated, s.IndexBytes, new Limits(SearchRequest.MaxLimit, SearchRequest.MaxOffset, SearchRequest.MaxQueryLength, SearchRequest.MaxFacetSize, options.Value.ExportsPerMinute)));
            })
            .WithTags("Service").WithName("Stats").WithSummary("What the index holds, and the service's limits")
            .WithDescription("Article and outlet counts, the published date range, the last index change, index size on disk, and the limits of the API.");
        app.MapGet("/health", (ArticleSearcher searcher) => TypedResults.Ok(new { status = "ready", articles = searcher.Count }))
            .WithTags("Service").WithName("Health").WithSummary("Ready once the index is open")
            .WithDescription("200 with the article count once the index is open; the service does not listen before that.");
        return app;
    }
}
