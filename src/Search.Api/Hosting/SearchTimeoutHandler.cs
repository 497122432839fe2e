using Microsoft.AspNetCore.Diagnostics;
using Search.Core.Searching;

namespace Search.Api.Hosting;

/// <summary>A search past its time budget answers 503 with problem details <c>search_timeout</c> and Retry-After; the service stays responsive.</summary>
public sealed class SearchTimeoutHandler : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancel)
    {
        if (exception is not SearchTimeoutException timeout || context.Response.HasStarted)
        {
            return false;
        }
        context.Response.Headers.RetryAfter = "1";
        await TypedResults.Problem(timeout.Message, statusCode: StatusCodes.Status503ServiceUnavailable, title: "The search took too long",
            extensions: new Dictionary<string, object?> { ["code"] = "search_timeout", ["budgetSeconds"] = timeout.Budget.TotalSeconds })
            .ExecuteAsync(context);
        return true;
    }
}
