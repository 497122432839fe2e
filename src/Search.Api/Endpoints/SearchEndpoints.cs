using Microsoft.AspNetCore.Http.HttpResults;
using Search.Api.Contracts;
using Search.Core.Indexing;
using Search.Core.Searching;

namespace Search.Api.Endpoints;

/// <summary><c>GET /api/search</c>: faceted, highlighted search.</summary>
public static class SearchEndpoints
{
    public static RouteGroupBuilder MapSearch(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/search").WithTags("Search");
        group.MapGet("/", Search)
            .WithName("Search")
            .WithSummary("Search the articles")
            .WithDescription("Query language: words (all required), \"exact phrases\", OR, NOT, prefix*, wild?ard, fuzzy~, " +
                             "title:, body:, outlet:, country:, person:, author:, cites:, published:[2014 TO 2016]. Filters of one field OR; " +
                             "different fields AND. Facet counts are over all matches, each computed without its own field's filter. " +
                             $"limit ≤ {SearchRequest.MaxLimit}; offset + limit ≤ {SearchRequest.MaxOffset} (page further with cursor); q ≤ {SearchRequest.MaxQueryLength} characters.");
        return group;
    }

    private static Results<Ok<SearchResponse>, ProblemHttpResult> Search(HttpRequest http, ArticleSearcher searcher)
    {
        try
        {
            var request = SearchParameters.Read(http.Query);
            return TypedResults.Ok(Run(searcher, request));
        }
        catch (SearchQueryException e)
        {
            return ApiProblems.From(e);
        }
    }

    public static SearchResponse Run(ArticleSearcher searcher, SearchRequest request)
    {
        var result = searcher.Search(request);
        var facets = result.Facets.ToDictionary(
            kv => kv.Key,
            kv => (IReadOnlyList<FacetValueDto>)kv.Value.Select(v => new FacetValueDto(v.Value,
                FacetFields.FieldOf(kv.Key) == IndexFields.Country ? searcher.CountryName(v.Value) : null, v.Count, v.Selected)).ToList());
        return new SearchResponse(request.Query ?? "", result.Total, Math.Round(result.ElapsedMs, 2),
            result.Hits.Select(h => HitDto.From(h, request.Highlight)).ToList(), facets, result.NextCursor);
    }
}
