using Microsoft.AspNetCore.Http.HttpResults;
using Search.Api.Contracts;
using Search.Core.Searching;
using Search.Core.Errors;

namespace Search.Api.Endpoints;

/// <summary><c>GET /api/articles/{id}</c>, <c>/similar</c> and <c>/copies</c>. Ids with slashes are sent URL-encoded (%2F).</summary>
public static class ArticleEndpoints
{
    public static RouteGroupBuilder MapArticles(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/articles").WithTags("Articles");
        group.MapGet("/{id}", Get)
            .WithName("GetArticle")
            .WithSummary("One whole article")
            .WithDescription("The article's metadata and cleaned text. With q, highlights holds the title and full text as HTML (escaped, matches in <mark>).")
            .WithQueryParameters(ApiParameters.Query)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/{id}/similar", Similar)
            .WithName("SimilarArticles")
            .WithSummary("Articles similar to this one")
            .WithDescription("More-like-this over title and body, the article itself excluded.")
            .WithQueryParameters(ApiParameters.SimilarLimit)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/{id}/copies", Copies)
            .WithName("ArticleCopies")
            .WithSummary("The story's copies: who published it first, who copied it, with what changes")
            .WithDescription("The article's cluster of near-duplicates (reposts, wire copy) in publication order, the original and the rule that chose it, and for each copy its paragraphs against the original's (html: escaped, <ins> added, <del> removed).")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
        return group;
    }

    private static Ok<CopiesResponse> Copies(string id, HttpRequest http, ArticleSearcher searcher)
    {
        QueryValues.RejectUnknown(http.Query, Array.Empty<ApiParameter>());
        var copies = searcher.Copies(Uri.UnescapeDataString(id)) ?? throw NotFound(id);
        return TypedResults.Ok(CopiesResponse.From(copies));
    }

    private static Ok<ArticleResponse> Get(string id, HttpRequest http, ArticleSearcher searcher)
    {
        QueryValues.RejectUnknown(http.Query, [ApiParameters.Query]);
        var found = searcher.Get(Uri.UnescapeDataString(id), ApiParameters.Query.Read(http.Query)) ?? throw NotFound(id);
        return TypedResults.Ok(ArticleResponse.From(found));
    }

    private static Ok<IReadOnlyList<HitDto>> Similar(string id, HttpRequest http, ArticleSearcher searcher)
    {
        QueryValues.RejectUnknown(http.Query, [ApiParameters.SimilarLimit]);
        var similar = searcher.Similar(Uri.UnescapeDataString(id), ApiParameters.SimilarLimit.Read(http.Query)) ?? throw NotFound(id);
        return TypedResults.Ok<IReadOnlyList<HitDto>>(similar.Select(HitDto.From).ToList());
    }

    private static SearchRequestException NotFound(string id) =>
        new(ErrorCodes.NotFound, $"no article with id '{Uri.UnescapeDataString(id)}'", "id");
}
