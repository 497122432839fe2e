using Microsoft.AspNetCore.Http.HttpResults;
using Search.Api.Contracts;
using Search.Core.Indexing;
using Search.Core.Searching;

namespace Search.Api.Endpoints;

/// <summary><c>GET</c> and <c>POST /api/search</c>: faceted, highlighted search.</summary>
public static class SearchEndpoints
{
    private const string Description =
        "Words are all required; filters of one field OR, different fields AND. Facet counts are over all matches, each computed " +
        "without its own field's filter (multi-select). Highlights are HTML: article text escaped, matches in <mark>. " +
        "Page with offset (offset + limit ≤ 10,000) or, past that and for complete walks, with cursor = the previous page's nextCursor.";

    public static RouteGroupBuilder MapSearch(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/search").WithTags("Search");
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

    private static Results<Ok<SearchResponse>, ProblemHttpResult> Get(HttpRequest http, ArticleSearcher searcher) =>
        Answer(searcher, () => SearchParameters.Read(http.Query));

    private static async Task<Results<Ok<SearchResponse>, ProblemHttpResult>> Post(HttpRequest http, ArticleSearcher searcher)
    {
        try
        {
            var query = await SearchBody.ReadAsync(http);
            return Answer(searcher, () => SearchParameters.Read(query));
        }
        catch (SearchQueryException e)
        {
            return ApiProblems.From(e);
        }
    }

    private static Results<Ok<SearchResponse>, ProblemHttpResult> Answer(ArticleSearcher searcher, Func<SearchRequest> read)
    {
        try
        {
            return TypedResults.Ok(Run(searcher, read()));
        }
        catch (SearchQueryException e)
        {
            return ApiProblems.From(e);
        }
    }

    public static SearchResponse Run(ArticleSearcher searcher, SearchRequest request)
    {
        var result = searcher.Search(request);
        var facets = result.Facets.ToDictionary(kv => kv.Key, kv => Values(searcher, kv.Key, kv.Value));
        return new SearchResponse(request.Query ?? "", result.Total, Math.Round(result.ElapsedMs, 2),
            result.Hits.Select(h => HitDto.From(h, request.Highlight)).ToList(), facets, result.NextCursor);
    }

    /// <summary>Facet values as the API shows them: countries with their names.</summary>
    public static IReadOnlyList<FacetValueDto> Values(ArticleSearcher searcher, string facet, IEnumerable<FacetCount> values) =>
        values.Select(v => new FacetValueDto(v.Value, FacetFields.FieldOf(facet) == IndexFields.Country ? searcher.CountryName(v.Value) : null, v.Count, v.Selected)).ToList();
}
