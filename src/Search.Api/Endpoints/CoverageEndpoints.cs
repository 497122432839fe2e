using Microsoft.AspNetCore.Http.HttpResults;
using Search.Api.Contracts;
using Search.Core.Schema;
using Search.Core.Searching;

namespace Search.Api.Endpoints;

/// <summary>
/// <c>GET /api/compare</c> (what each outlet says differently over a search's matches) and <c>GET /api/timeline</c>
/// (matches over time split by a facet, optionally as shares of each value's output).
/// </summary>
public static class CoverageEndpoints
{
    private static readonly string[] CompareParameters = [.. ApiParameters.Selection, "by", "values", "terms"];
    private static readonly string[] TimelineParameters = [.. ApiParameters.Selection, "by", "values", "interval", "normalize"];

    public static IEndpointRouteBuilder MapCoverage(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/compare", Compare)
            .WithTags("Coverage").WithName("Compare")
            .WithSummary("What each outlet says differently")
            .WithDescription($"For each value of a facet (by={string.Join("|", FieldCatalog.Facets.Select(f => f.Name))}, default outlet; values: 2 to 10, default the 5 with most matches) over the matches of a search (filters as on search): " +
                             "the words, two-word phrases, people and countries its articles use more than the other values' articles, scored by log-likelihood G² with counts on both sides. " +
                             "Words and phrases come from a sample of 250 matching articles per value; stop words (Data/compare-stop-words.txt), numbers and terms in fewer than 3 articles (and 1%) are left out. Each term has the search that shows it in context.")
            .WithQueryParameters(CompareParameters)
            .ProducesProblem(StatusCodes.Status400BadRequest);
        app.MapGet("/api/timeline", Timeline)
            .WithTags("Coverage").WithName("Timeline")
            .WithSummary("Attention over time, split by outlet")
            .WithDescription("Matching articles per year or month for each value of a facet (default the 5 outlets with most matches); normalize=true adds each value's output per period and the share that matched.")
            .WithQueryParameters(TimelineParameters)
            .ProducesProblem(StatusCodes.Status400BadRequest);
        return app;
    }

    private static Ok<CompareResponse> Compare(HttpRequest http, ArticleSearcher searcher)
    {
        var request = SearchParameters.Read(http.Query, CompareParameters);
        var by = SearchParameters.Single(http.Query, "by") ?? "outlet";
        var result = searcher.Compare(request, by, SearchParameters.Values(http.Query, "values"), SearchParameters.Int(http.Query, "terms") ?? 15);
        var selection = string.Join('&', http.Query.Where(kv => ApiParameters.Selection.Contains(kv.Key, StringComparer.OrdinalIgnoreCase))
            .SelectMany(kv => kv.Value.Select(v => $"{Uri.EscapeDataString(kv.Key)}={Uri.EscapeDataString(v ?? "")}")));
        return TypedResults.Ok(CompareResponse.From(result, result.By, selection));
    }

    private static Ok<TimelineResponse> Timeline(HttpRequest http, ArticleSearcher searcher)
    {
        var request = SearchParameters.Read(http.Query, TimelineParameters);
        var result = searcher.Timeline(request, SearchParameters.Single(http.Query, "by") ?? "outlet", SearchParameters.Values(http.Query, "values"),
            SearchParameters.Single(http.Query, "interval") ?? "year", SearchParameters.Bool(http.Query, "normalize") ?? false);
        return TypedResults.Ok(new TimelineResponse(result.By, result.Interval, result.Normalized, result.Total, result.Periods, result.Series));
    }
}
