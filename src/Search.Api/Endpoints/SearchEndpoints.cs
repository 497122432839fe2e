using Microsoft.AspNetCore.Http.HttpResults;
using Search.Api.Contracts;
using Search.Core.Searching;

namespace Search.Api.Endpoints;

/// <summary><c>GET</c> and <c>POST /api/search</c>: faceted, highlighted search.</summary>
public static class SearchEndpoints
{
    private const string Description =
        "Words are all required; filters of one field OR, different fields AND. Facet counts are over all matches, each computed " +
        "without its own field's filter (multi-select). Highlights are HTML: article text escaped, matches in <mark>. " +
        "Page with offset (offset + limit ≤ 10,000) or, past that and for complete walks, with cursor = the previous page's nextCursor. " +
        "Filters take whole values (aliases resolved); when nothing matches, a filter value no article has brings suggestions of the values that exist.";

    public static RouteGroupBuilder MapSearch(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/search").WithTags("Search");
        group.MapGet("/", Get)
            .WithName("Search")
            .WithSummary("Search the articles")
            .WithDescription(Description)
            .WithQueryParameters(ApiParameters.Search)
            .ProducesProblem(StatusCodes.Status400BadRequest);
        group.MapPost("/", Post)
            .WithName("SearchPost")
            .WithSummary("Search the articles, the request as a JSON body")
            .WithDescription("The same search as GET /api/search with the parameters as a JSON object: " +
                             "{\"q\": \"Iran\", \"country\": [\"SY\", \"IQ\"], \"facets\": [\"outlet\", \"year\"], \"limit\": 50}. Same answer, same errors.")
            .Accepts<Dictionary<string, object>>("application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        return group;
    }

    private static Ok<SearchResponse> Get(HttpRequest http, ArticleSearcher searcher) => Run(searcher, http.Query);

    private static async Task<Ok<SearchResponse>> Post(HttpRequest http, ArticleSearcher searcher) => Run(searcher, await SearchBody.ReadAsync(http));

    private static Ok<SearchResponse> Run(ArticleSearcher searcher, IQueryCollection query)
    {
        var request = SearchRequestReader.Read(query);
        return TypedResults.Ok(SearchResponse.From(request, searcher.Search(request), ApiParameters.Matches.Read(query)));
    }
}
