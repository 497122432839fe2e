using Search.Api.Streams;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.WebUtilities;
using Search.Api.Contracts;
using Search.Api.Hosting;
using Search.Core.Errors;
using Search.Core.Searching;
using Search.Core.State;
using Search.Core.Querying;

namespace Search.Api.Endpoints;

/// <summary>
/// <c>/api/saved-searches</c>: searches kept under an API key, each with an Atom feed of its newest matching articles.
/// Writes and reads of the list need the key (<c>Authorization: Bearer …</c>); the feed needs the search's own token.
/// </summary>
public static class SavedSearchEndpoints
{
    public sealed record SavedSearchRequest(string? Name, string? Query, JsonElement? Search);

    public static RouteGroupBuilder MapSavedSearches(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/saved-searches").WithTags("Saved searches");
        group.MapPost("/", Create).WithName("CreateSavedSearch").WithSummary("Save a search")
            .WithDescription("Body: {\"name\": \"Iran in Syria\", \"query\": \"q=Iran&country=SY\"} (the search as a URL query string) or " +
                             "{\"name\": …, \"search\": {\"q\": \"Iran\", \"country\": [\"SY\"]}} (as a POST /api/search body). The answer has the feed's address with its token.")
            .Accepts<SavedSearchRequest>("application/json").RequireKey().RequireRateLimiting(RateLimits.Writes)
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status429TooManyRequests);
        group.MapGet("/", List).WithName("ListSavedSearches").WithSummary("The saved searches of your API key").RequireKey();
        group.MapGet("/{id}", Get).WithName("GetSavedSearch").WithSummary("One saved search").RequireKey()
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapDelete("/{id}", Delete).WithName("DeleteSavedSearch").WithSummary("Delete a saved search").RequireKey()
            .RequireRateLimiting(RateLimits.Writes).ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/{id}/token", Rotate).WithName("RotateFeedToken").WithSummary("Give the feed a new token (the old one stops working)")
            .RequireKey().RequireRateLimiting(RateLimits.Writes).ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/{id}/feed.atom", Feed).WithName("SavedSearchFeed").WithSummary("The saved search's Atom feed")
            .WithDescription("The newest matching articles, most recently indexed first (title, link to the article view, outlet, date, highlighted " +
                             "summary); each entry's updated time is when the index received it, so a feed reader sees what arrived since it last looked. " +
                             "token is the saved search's feed token; If-Modified-Since is honoured.")
            .WithQueryParameters(ApiParameters.Token)
            .Produces(StatusCodes.Status200OK, contentType: AtomFeed.ContentType)
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        return group;
    }

    private static async Task<Created<SavedSearchDto>> Create(HttpContext http, ApiKeys keys, SavedSearches saved, ArticleSearcher searcher)
    {
        var key = ApiKeyAuth.RequireWriter(http, keys);
        var body = await SearchBody.ReadAsync(http.Request);
        var name = body.TryGetValue("name", out var n) && n.ToString().Trim() is { Length: > 0 and <= 200 } given ? given
            : throw new SearchRequestException(ErrorCodes.InvalidSavedSearch, "give the saved search a name of 1 to 200 characters", "name");
        var query = QueryOf(body);
        // The search must run: a saved search that can never answer is refused now, not at every poll of its feed.
        searcher.Search(Request(query) with { Limit = 1, Facets = [], Highlight = false });
        var search = saved.Create(key.Id, name, query);
        return TypedResults.Created($"/api/saved-searches/{search.Id}", SavedSearchDto.From(search, http.Request));
    }

    private static Ok<IReadOnlyList<SavedSearchDto>> List(HttpContext http, ApiKeys keys, SavedSearches saved)
    {
        var key = ApiKeyAuth.RequireKey(http, keys);
        return TypedResults.Ok<IReadOnlyList<SavedSearchDto>>(saved.List(key.Id).Select(s => SavedSearchDto.From(s, http.Request)).ToList());
    }

    private static Ok<SavedSearchDto> Get(string id, HttpContext http, ApiKeys keys, SavedSearches saved) =>
        TypedResults.Ok(SavedSearchDto.From(Owned(id, http, keys, saved), http.Request));

    private static NoContent Delete(string id, HttpContext http, ApiKeys keys, SavedSearches saved)
    {
        ApiKeyAuth.RequireWriter(http, keys);
        saved.Delete(Owned(id, http, keys, saved).Id);
        return TypedResults.NoContent();
    }

    private static Ok<SavedSearchDto> Rotate(string id, HttpContext http, ApiKeys keys, SavedSearches saved)
    {
        ApiKeyAuth.RequireWriter(http, keys);
        var search = Owned(id, http, keys, saved);
        var token = saved.RotateToken(search.Id) ?? throw NotFound(id);
        return TypedResults.Ok(SavedSearchDto.From(search with { FeedToken = token }, http.Request));
    }

    private static IResult Feed(string id, HttpContext http, SavedSearches saved, ArticleSearcher searcher)
    {
        QueryValues.RejectUnknown(http.Request.Query, [ApiParameters.Token]);
        var search = saved.Get(id) ?? throw NotFound(id);
        var token = ApiParameters.Token.Read(http.Request.Query);
        if (token is null || !System.Security.Cryptography.CryptographicOperations.FixedTimeEquals(
                System.Text.Encoding.UTF8.GetBytes(token), System.Text.Encoding.UTF8.GetBytes(search.FeedToken)))
        {
            throw new SearchRequestException(ErrorCodes.InvalidFeedToken, ErrorCodes.InvalidFeedToken.Meaning, "token");
        }
        var result = searcher.Search(Request(search.Query) with { Sort = SortOrder.Added, Limit = AtomFeed.Entries, Facets = [], Highlight = true, Fragments = 2 });
        return AtomFeed.Answer(http, search, result);
    }

    // The search as a query string: given as one, or as a search body turned into one.
    private static string QueryOf(QueryCollection body)
    {
        if (body.TryGetValue("query", out var q) && q.ToString().Trim().TrimStart('?') is { Length: > 0 } text)
        {
            return text;
        }
        if (body.TryGetValue("search", out var s) && s.ToString() is { Length: > 0 } json)
        {
            using var document = JsonDocument.Parse(json);
            var values = SearchBody.FromObject(document.RootElement);
            return QueryString.Create(values.SelectMany(kv => kv.Value.Select(v => new KeyValuePair<string, string?>(kv.Key, v)))).ToString().TrimStart('?');
        }
        throw new SearchRequestException(ErrorCodes.InvalidSavedSearch, "give the search as query (a URL query string such as q=Iran&country=SY) or search (a search body)", "query");
    }

    private static SearchRequest Request(string query)
    {
        try
        {
            return SearchRequestReader.Read(new QueryCollection(QueryHelpers.ParseQuery(query)), ApiParameters.Selection);
        }
        catch (SearchRequestException e)
        {
            throw new SearchRequestException(e.Error, $"in the saved search: {e.Message}", "query", e.Position);
        }
    }

    private static SavedSearch Owned(string id, HttpContext http, ApiKeys keys, SavedSearches saved)
    {
        var key = ApiKeyAuth.RequireKey(http, keys);
        var search = saved.Get(id) ?? throw NotFound(id);
        return search.Owner == key.Id ? search : throw new SearchRequestException(ErrorCodes.Forbidden, ErrorCodes.Forbidden.Meaning, "id");
    }

    private static SearchRequestException NotFound(string id) => new(ErrorCodes.NotFound, $"no saved search with id '{id}'", "id");
}
