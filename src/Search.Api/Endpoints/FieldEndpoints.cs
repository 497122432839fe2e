using Search.Api.Contracts;
using Search.Api.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;
using Search.Core.Errors;
using Search.Core.Schema;

namespace Search.Api.Endpoints;

/// <summary><c>GET /api/fields</c> and <c>GET /api/errors</c>: the field catalog and the error table, for the page and for clients.</summary>
public static class FieldEndpoints
{
    private static readonly IReadOnlyList<FieldDto> Fields = FieldCatalog.All.Select(f => new FieldDto(f.Name, f.Label, f.Kind.ToString().ToLowerInvariant(),
        f.Description, f.IsQueryable ? [f.Name, .. f.Aliases] : [], f.IsFacet, f.IsFilter, f.ExportName, f.IsLabel)).ToList();

    private static readonly IReadOnlyList<ErrorDto> Errors = ErrorCodes.All.Select(e => new ErrorDto(e.Code, ErrorStatus.Of(e), e.Meaning)).ToList();

    public static RouteGroupBuilder MapFields(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("").WithTags("Service");
        group.MapGet("/fields", () => TypedResults.Ok(Fields))
            .WithName("Fields").WithSummary("The fields: what can be searched, filtered, counted and exported")
            .WithDescription("Each field with its label, kind (text, keyword, date, shown), the names a query may put before a colon, whether it is a facet, " +
                             "a filter parameter of its own name, and its export column.");
        group.MapGet("/errors", () => TypedResults.Ok(Errors))
            .WithName("Errors").WithSummary("Every error code, its HTTP status and meaning")
            .WithDescription("Error answers are RFC 7807 problem details whose code is one of these; parameter names the parameter at fault.");
        return group;
    }

    /// <summary>The error table as Markdown, for the OpenAPI document's description.</summary>
    public static string ErrorTable() =>
        "| code | status | meaning |\n| --- | --- | --- |\n" + string.Concat(Errors.Select(e => $"| `{e.Code}` | {e.Status} | {e.Meaning} |\n"));
}
