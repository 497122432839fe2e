using Microsoft.AspNetCore.Http.HttpResults;
using Search.Api.Contracts;
using Search.Core.Searching;

namespace Search.Api.Endpoints;

/// <summary><c>GET /api/articles/{id}</c> and <c>/similar</c>. Ids with slashes are sent URL-encoded (%2F).</summary>
public static class ArticleEndpoints
{
    public static RouteGroupBuilder MapArticles(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/articles").WithTags("Articles");
        group.MapGet("/{id}", Get)
            .WithName("GetArticle")
            .WithSummary("One whole article")
            .WithDescription("The article's metadata and cleaned text. With q, highlights holds the title and full text as HTML (escaped, matches in <mark>).")
            .WithQueryParameters("q")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/{id}/similar", Similar)
            .WithName("SimilarArticles")
            .WithSummary("Articles similar to this one")
            .WithDescription("More-like-this over title and body, the article itself excluded.")
            .WithQueryParameters("limit")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
        return group;
    }

    private static Results<Ok<ArticleResponse>, ProblemHttpResult> Get(string id, HttpRequest http, ArticleSearcher searcher)
    {
        try
        {
            ApiParameters.RejectUnknown(http.Query, ["q"]);
            var found = searcher.Get(Uri.UnescapeDataString(id), SearchParameters.Single(http.Query, "q"));
            return found is { } f
                ? TypedResults.Ok(ArticleResponse.From(f.Article, f.TitleHtml, f.TextHtml))
                : ApiProblems.NotFound($"no article with id '{Uri.UnescapeDataString(id)}'");
        }
        catch (SearchQueryException e)
        {
            return ApiProblems.From(e);
        }
    }

    private static Results<Ok<IReadOnlyList<HitDto>>, ProblemHttpResult> Similar(string id, HttpRequest http, ArticleSearcher searcher)
    {
        try
        {
            ApiParameters.RejectUnknown(http.Query, ["limit"]);
            var limit = SearchParameters.Int(http.Query, "limit") ?? 10;
            if (limit is < 1 or > SearchRequest.MaxLimit)
            {
                return ApiProblems.BadRequest("limit_out_of_range", $"limit must be from 1 to {SearchRequest.MaxLimit}", "limit");
            }
            var similar = searcher.Similar(Uri.UnescapeDataString(id), limit);
            return similar is null
                ? ApiProblems.NotFound($"no article with id '{Uri.UnescapeDataString(id)}'")
                : TypedResults.Ok<IReadOnlyList<HitDto>>(similar.Select(h => HitDto.From(h, false)).ToList());
        }
        catch (SearchQueryException e)
        {
            return ApiProblems.From(e);
        }
    }
}
