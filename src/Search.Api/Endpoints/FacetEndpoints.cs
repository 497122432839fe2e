using Microsoft.AspNetCore.Http.HttpResults;
using Search.Api.Contracts;
using Search.Core.Schema;
using Search.Core.Searching;

namespace Search.Api.Endpoints;

/// <summary><c>GET /api/facets/{field}</c> (facet value search) and <c>GET /api/pivot</c> (two facets against each other).</summary>
public static class FacetEndpoints
{
    public sealed record PivotResponse(string Rows, string Columns, int Total, IReadOnlyList<FacetValueDto> ColumnValues, IReadOnlyList<PivotRowDto> RowValues);

    public sealed record PivotRowDto(string Value, string? Name, int Total, IReadOnlyDictionary<string, int> Counts);

    private static readonly string[] ValuesParameters = [.. ApiParameters.Selection, "prefix", "limit"];
    private static readonly string[] PivotParameters = [.. ApiParameters.Selection, "rows", "columns", "size"];

    public static IEndpointRouteBuilder MapFacets(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/facets/{field}", Values)
            .WithTags("Facets").WithName("FacetValues")
            .WithSummary("Search the values of one facet")
            .WithDescription($"The values of a facet ({string.Join(", ", FieldCatalog.Facets.Select(f => f.Name))}) over the matches of a search, with counts; " +
                             "prefix keeps values whose name or any word of it starts with it (\"people starting with Net…\"). limit 1–1000, default 10.")
            .WithQueryParameters(ValuesParameters)
            .ProducesProblem(StatusCodes.Status400BadRequest);
        app.MapGet("/api/pivot", Pivot)
            .WithTags("Facets").WithName("Pivot")
            .WithSummary("Count two facets against each other")
            .WithDescription("A counts matrix over the matches of a search, e.g. rows=outlet&columns=country: which outlet mentions which country how often. " +
                             "Rows and columns are the values with the most matching articles; each total counts an article once, whatever its other values.")
            .WithQueryParameters(PivotParameters)
            .ProducesProblem(StatusCodes.Status400BadRequest);
        return app;
    }

    private static Ok<IReadOnlyList<FacetValueDto>> Values(string field, HttpRequest http, ArticleSearcher searcher)
    {
        var request = SearchParameters.Read(http.Query, ValuesParameters);
        var values = searcher.FacetValues(request, field, SearchParameters.Single(http.Query, "prefix"), SearchParameters.Int(http.Query, "limit") ?? 10);
        return TypedResults.Ok(FacetValueDto.From(values));
    }

    private static Ok<PivotResponse> Pivot(HttpRequest http, ArticleSearcher searcher)
    {
        var request = SearchParameters.Read(http.Query, PivotParameters);
        var pivot = searcher.Pivot(request, SearchParameters.Single(http.Query, "rows") ?? "outlet", SearchParameters.Single(http.Query, "columns") ?? "country",
            SearchParameters.Int(http.Query, "size") ?? 10);
        return TypedResults.Ok(new PivotResponse(pivot.Rows, pivot.Columns, pivot.Total, FacetValueDto.From(pivot.ColumnValues),
            pivot.RowValues.Select(r => new PivotRowDto(r.Value, r.Name, r.Total, r.Counts)).ToList()));
    }
}
