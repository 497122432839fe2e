using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.HttpResults;
using Search.Core.Errors;
using Search.Core.Searching;

namespace Search.Api.Hosting;

/// <summary>
/// Every error answer is RFC 7807 problem details with a stable <c>code</c> from <see cref="ErrorCodes"/>: refused
/// requests (<see cref="SearchRequestException"/>), searches past their budget (503 with Retry-After), requests Kestrel
/// could not read (413 and the like), and answers without a body of their own (404 for an unknown address, 405, …).
/// Nothing of a .NET exception's text reaches a client.
/// </summary>
public static class ProblemAnswers
{
    public static ProblemHttpResult For(ErrorCode error, string detail, string? parameter = null, int? position = null, IDictionary<string, object?>? more = null)
    {
        var extensions = new Dictionary<string, object?> { ["code"] = error.Code };
        if (parameter is not null)
        {
            extensions["parameter"] = parameter;
        }
        if (position is not null)
        {
            extensions["position"] = position;
        }
        foreach (var (key, value) in more ?? new Dictionary<string, object?>())
        {
            extensions[key] = value;
        }
        return TypedResults.Problem(detail, statusCode: ErrorStatus.Of(error), title: Title(ErrorStatus.Of(error)), type: TypeOf(error), extensions: extensions);
    }

    /// <summary>Registers the handler, and problem details that carry a code for every status.</summary>
    public static IServiceCollection AddProblemAnswers(this IServiceCollection services)
    {
        services.AddProblemDetails(o => o.CustomizeProblemDetails = context =>
        {
            if (!context.ProblemDetails.Extensions.ContainsKey("code"))
            {
                var error = ErrorStatus.CodeFor(context.ProblemDetails.Status ?? context.HttpContext.Response.StatusCode);
                context.ProblemDetails.Extensions["code"] = error.Code;
                context.ProblemDetails.Detail ??= error.Meaning;
                context.ProblemDetails.Type = TypeOf(error);
            }
        });
        return services.AddExceptionHandler<Handler>();
    }

    /// <summary>The key in an exception's <see cref="Exception.Data"/> whose whole seconds become the answer's Retry-After.</summary>
    public const string RetryAfterSeconds = "RetryAfterSeconds";

    private static string TypeOf(ErrorCode error) => $"https://httpstatuses.io/{ErrorStatus.Of(error)}#{error.Code}";

    private static string Title(int status) => status switch
    {
        400 => "The request cannot be answered as asked",
        401 => "An API key is needed",
        403 => "Not allowed",
        404 => "Not found",
        429 => "Too many requests",
        503 => "The search took too long",
        >= 500 => "The service failed",
        _ => "The request cannot be answered",
    };

    private sealed class Handler(ILogger<Handler> logger) : IExceptionHandler
    {
        public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancel)
        {
            if (context.Response.HasStarted)
            {
                return false;
            }
            var answer = exception switch
            {
                SearchRequestException e => For(e.Error, e.Message, e.Parameter, e.Position),
                SearchTimeoutException e => Timeout(context, e),
                BadHttpRequestException e => For(ErrorStatus.CodeFor(e.StatusCode), ErrorStatus.CodeFor(e.StatusCode).Meaning),
                _ => null,
            };
            if (answer is null)
            {
                logger.LogError(exception, "Unhandled error answering {Method} {Path}", context.Request.Method, context.Request.Path);
                answer = For(ErrorCodes.InternalError, ErrorCodes.InternalError.Meaning);
            }
            if (answer.StatusCode == StatusCodes.Status401Unauthorized)
            {
                context.Response.Headers.WWWAuthenticate = "Bearer";
            }
            if (exception.Data[RetryAfterSeconds] is int seconds)
            {
                context.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
            await answer.ExecuteAsync(context);
            return true;
        }

        private static ProblemHttpResult Timeout(HttpContext context, SearchTimeoutException e)
        {
            context.Response.Headers.RetryAfter = "1";
            return For(ErrorCodes.SearchTimeout, e.Message, more: new Dictionary<string, object?> { ["budgetSeconds"] = e.Budget.TotalSeconds });
        }
    }
}
