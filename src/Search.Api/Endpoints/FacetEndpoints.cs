using Microsoft.AspNetCore.Http.HttpResults;
using Search.Api.Contracts;
using Search.Core.Schema;
using Search.Core.Searching;

namespace Search.Api.Endpoints;

/// <summary><c>GET /api/facets/{field}</c> (facet value search) and <c>GET /api/pivot</c> (two facets against each other).</summary>
public static class FacetEndpoints
{
    private static readonly ApiParameter[] ValuesParameters = [.. ApiParameters.Selection, ApiParameters.Prefix, ApiParameters.FacetLimit];
    private static readonly ApiParameter[] PivotParameters = [.. ApiParameters.Selection, ApiParameters.Rows, ApiParameters.Columns, ApiParameters.PivotSize];

    public static RouteGroupBuilder MapFacets(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("").WithTags("Facets");
        group.MapGet("/facets/{field}", Values)
            .WithName("FacetValues")
            .WithSummary("Search the values of one facet")
            .WithDescription($"The values of a facet ({string.Join(", ", FieldCatalog.Facets.Select(f => f.Name))}) over the matches of a search, with counts; " +
                             "prefix keeps values whose name or any word of it starts with it (\"people starting with Net…\").")
            .WithQueryParameters(ValuesParameters)
            .ProducesProblem(StatusCodes.Status400BadRequest);
        group.MapGet("/pivot", Pivot)
            .WithName("Pivot")
            .WithSummary("Count two facets against each other")
            .WithDescription("A counts matrix over the matches of a search, e.g. rows=outlet&columns=country: which outlet mentions which country how often. " +
                             "Rows and columns are the values with the most matching articles; each total counts an article once, whatever its other values.")
            .WithQueryParameters(PivotParameters)
            .ProducesProblem(StatusCodes.Status400BadRequest);
        return group;
    }

    private static Ok<IReadOnlyList<FacetValueDto>> Values(string field, HttpRequest http, ArticleSearcher searcher)
    {
        var request = SearchRequestReader.Read(http.Query, ValuesParameters);
        var values = searcher.FacetValues(request, field, ApiParameters.Prefix.Read(http.Query), ApiParameters.FacetLimit.Read(http.Query));
        return TypedResults.Ok(FacetValueDto.From(values));
    }

    private static Ok<PivotResponse> Pivot(HttpRequest http, ArticleSearcher searcher)
    {
        var request = SearchRequestReader.Read(http.Query, PivotParameters);
        var pivot = searcher.Pivot(request, ApiParameters.Rows.Read(http.Query)!, ApiParameters.Columns.Read(http.Query)!,
            ApiParameters.PivotSize.Read(http.Query));
        return TypedResults.Ok(new PivotResponse(pivot.Rows, pivot.Columns, pivot.Total, FacetValueDto.From(pivot.ColumnValues),
            pivot.RowValues.Select(r => new PivotRowDto(r.Value, r.Name, r.Total, r.Counts)).ToList()));
    }
}
