using Search.Core.Errors;

namespace Search.Api.Hosting;

/// <summary>
/// How long an address the service reads may be. Kestrel's own limit is set far above it, so an address past the
/// service's limit gets a 414 problem details answer from here rather than Kestrel's empty one.
/// </summary>
public static class RequestLimits
{
    /// <summary>
    /// The longest path and query string served: a query of the maximum length (2,000 characters), every character of
    /// it percent-encoded as three UTF-8 bytes, plus filters, fits with room to spare.
    /// </summary>
    public const int MaxTargetLength = 32_768;

    /// <summary>Kestrel's request-line limit: four times the served one, so an over-long address still reaches the middleware.</summary>
    public const int KestrelRequestLine = 4 * MaxTargetLength;

    public static WebApplicationBuilder UseRequestLimits(this WebApplicationBuilder builder)
    {
        builder.WebHost.ConfigureKestrel(o =>
        {
            o.Limits.MaxRequestLineSize = KestrelRequestLine;
            o.Limits.MaxRequestHeadersTotalSize = KestrelRequestLine + 32 * 1024;
        });
        return builder;
    }

    public static IApplicationBuilder UseAddressLimit(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var length = (context.Request.Path.Value?.Length ?? 0) + (context.Request.QueryString.Value?.Length ?? 0);
        if (length > MaxTargetLength)
        {
            await ProblemAnswers.For(ErrorCodes.UriTooLong, $"the address has {length} characters; the service reads at most {MaxTargetLength}: send a long search as POST /api/search with a JSON body")
                .ExecuteAsync(context);
            return;
        }
        await next();
    });
}
