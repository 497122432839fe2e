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
    private static readonly ApiParameter[] CompareParameters = [.. ApiParameters.Selection, ApiParameters.By, ApiParameters.Values, ApiParameters.Terms];
    private static readonly ApiParameter[] TimelineParameters = [.. ApiParameters.Selection, ApiParameters.By, ApiParameters.Values, ApiParameters.Interval, ApiParameters.Normalize];

    public static RouteGroupBuilder MapCoverage(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("").WithTags("Coverage");
        group.MapGet("/compare", Compare)
            .WithName("Compare")
            .WithSummary("What each outlet says differently")
            .WithDescription($"For each value of a facet (by={string.Join("|", FieldCatalog.Facets.Select(f => f.Name))}, default outlet; values: 2 to 10, default the 5 with most matches) over the matches of a search (filters as on search): " +
                             "the words, two-word phrases, people and countries its articles use more than the other values' articles, scored by log-likelihood G² with counts on both sides. " +
                             "Words and phrases come from a sample of 250 matching articles per value; stop words (Data/compare-stop-words.txt), numbers and terms in fewer than 3 articles (and 1%) are left out. Each term has the search that shows it in context.")
            .WithQueryParameters(CompareParameters)
            .ProducesProblem(StatusCodes.Status400BadRequest);
        group.MapGet("/timeline", Timeline)
            .WithName("Timeline")
            .WithSummary("Attention over time, split by outlet")
            .WithDescription("Matching articles per year or month for each value of a facet (default the 5 outlets with most matches); normalize=true adds each value's output per period and the share that matched.")
            .WithQueryParameters(TimelineParameters)
            .ProducesProblem(StatusCodes.Status400BadRequest);
        return group;
    }

    private static Ok<CompareResponse> Compare(HttpRequest http, ArticleSearcher searcher)
    {
        var request = SearchRequestReader.Read(http.Query, CompareParameters);
        var result = searcher.Compare(request, ApiParameters.By.Read(http.Query)!, ApiParameters.Values.Read(http.Query), ApiParameters.Terms.Read(http.Query));
        var selection = string.Join('&', http.Query.Where(kv => ApiParameters.Selection.Any(p => p.Name.Equals(kv.Key, StringComparison.OrdinalIgnoreCase)))
            .SelectMany(kv => kv.Value.Select(v => $"{Uri.EscapeDataString(kv.Key)}={Uri.EscapeDataString(v ?? "")}")));
        return TypedResults.Ok(CompareResponse.From(result, result.By, selection));
    }

    private static Ok<TimelineResponse> Timeline(HttpRequest http, ArticleSearcher searcher)
    {
        var request = SearchRequestReader.Read(http.Query, TimelineParameters);
        var result = searcher.Timeline(request, ApiParameters.By.Read(http.Query)!, ApiParameters.Values.Read(http.Query),
            ApiParameters.Interval.Read(http.Query)!, ApiParameters.Normalize.Read(http.Query));
        return TypedResults.Ok(new TimelineResponse(result.By, result.Interval, result.Normalized, result.Total, result.Periods, result.Series));
    }
}
