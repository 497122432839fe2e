using Microsoft.AspNetCore.Http.HttpResults;
using Search.Api.Contracts;
using Search.Core.Searching;

namespace Search.Api.Endpoints;

/// <summary><c>GET /api/facets/{field}</c> (facet value search) and <c>GET /api/pivot</c> (two facets against each other).</summary>
public static class FacetEndpoints
{
    public sealed record PivotResponse(string Rows, string Columns, int Total, IReadOnlyList<FacetValueDto> ColumnValues, IReadOnlyList<PivotRowDto> RowValues);

    public sealed record PivotRowDto(string Value, string? Name, int Total, IReadOnlyDictionary<string, int> Counts);

    public static IEndpointRouteBuilder MapFacets(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/facets/{field}", Values)
            .WithTags("Facets").WithName("FacetValues")
            .WithSummary("Search the values of one facet")
            .WithDescription($"The values of a facet ({string.Join(", ", FacetFields.Fields.Keys)}) over the matches of a search, with counts; " +
                             "prefix keeps values whose name or any word of it starts with it (\"people starting with Net…\"). limit 1–1000, default 10.")
            .WithQueryParameters([.. ApiParameters.Selection, "prefix", "limit"])
            .ProducesProblem(StatusCodes.Status400BadRequest);
        app.MapGet("/api/pivot", Pivot)
            .WithTags("Facets").WithName("Pivot")
            .WithSummary("Count two facets against each other")
            .WithDescription("A counts matrix over the matches of a search, e.g. rows=outlet&columns=country: which outlet mentions which country how often. " +
                             "Rows and columns are the values with the largest totals.")
            .WithQueryParameters([.. ApiParameters.Selection, "rows", "columns", "size"])
            .ProducesProblem(StatusCodes.Status400BadRequest);
        return app;
    }

    private static Results<Ok<IReadOnlyList<FacetValueDto>>, ProblemHttpResult> Values(string field, HttpRequest http, ArticleSearcher searcher)
    {
        try
        {
            var request = SearchParameters.Read(http.Query, [.. ApiParameters.Selection, "prefix", "limit"]);
            if (FacetFields.FieldOf(field) is null)
            {
                return ApiProblems.BadRequest("unknown_facet", $"unknown facet '{field}'; facets are {string.Join(", ", FacetFields.Fields.Keys)}", "field");
            }
            var limit = SearchParameters.Int(http.Query, "limit") ?? 10;
            if (limit is < 1 or > SearchRequest.MaxFacetSize)
            {
                return ApiProblems.BadRequest("limit_out_of_range", $"limit must be from 1 to {SearchRequest.MaxFacetSize}", "limit");
            }
            var values = searcher.FacetValues(request with { Limit = 1 }, field, SearchParameters.Single(http.Query, "prefix"), limit);
            return TypedResults.Ok(SearchEndpoints.Values(searcher, field, values));
        }
        catch (SearchQueryException e)
        {
            return ApiProblems.From(e);
        }
    }

    private static Results<Ok<PivotResponse>, ProblemHttpResult> Pivot(HttpRequest http, ArticleSearcher searcher)
    {
        try
        {
            var request = SearchParameters.Read(http.Query, [.. ApiParameters.Selection, "rows", "columns", "size"]);
            var rows = SearchParameters.Single(http.Query, "rows") ?? "outlet";
            var columns = SearchParameters.Single(http.Query, "columns") ?? "country";
            var pivot = searcher.Pivot(request, rows, columns, SearchParameters.Int(http.Query, "size") ?? 10);
            return TypedResults.Ok(new PivotResponse(pivot.Rows, pivot.Columns, pivot.Total,
                SearchEndpoints.Values(searcher, pivot.Columns, pivot.ColumnValues.Select(c => new FacetCount(c, pivot.RowValues.Sum(r => r.Counts.GetValueOrDefault(c)), false))),
                pivot.RowValues.Select(r => new PivotRowDto(r.Value, pivot.Rows == "country" ? searcher.CountryName(r.Value) : null, r.Total, r.Counts)).ToList()));
        }
        catch (SearchQueryException e)
        {
            return ApiProblems.From(e);
        }
    }
}
