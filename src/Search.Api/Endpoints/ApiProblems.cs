using Microsoft.AspNetCore.Http.HttpResults;
using Search.Core.Searching;

namespace Search.Api.Endpoints;

/// <summary>RFC 7807 answers with a stable <c>code</c>, the <c>parameter</c> at fault and, for queries, the <c>position</c>.</summary>
public static class ApiProblems
{
    public static ProblemHttpResult BadRequest(string code, string detail, string? parameter = null, int? position = null)
    {
        var extensions = new Dictionary<string, object?> { ["code"] = code };
        if (parameter is not null)
        {
            extensions["parameter"] = parameter;
        }
        if (position is not null)
        {
            extensions["position"] = position;
        }
        return TypedResults.Problem(detail, statusCode: StatusCodes.Status400BadRequest, title: "The request cannot be answered as asked",
            type: $"https://httpstatuses.io/400#{code}", extensions: extensions);
    }

    public static ProblemHttpResult From(SearchQueryException e) => BadRequest(e.Code, e.Message, e.Parameter, e.Position);

    public static ProblemHttpResult NotFound(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status404NotFound, title: "Not found",
            extensions: new Dictionary<string, object?> { ["code"] = "not_found" });
}
