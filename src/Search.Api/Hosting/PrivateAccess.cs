using Microsoft.Extensions.Options;
using Search.Core.State;

namespace Search.Api.Hosting;

/// <summary>
/// A private archive (<c>Search:Access=private</c>): every request past the page's own files needs a valid API key —
/// searches, articles, facets, exports, batches, the OpenAPI document — or it is answered 401 problem details
/// (<c>unauthorized</c>, <c>invalid_key</c>, <c>key_revoked</c>). Open are <c>/health</c>, for load balancers, and
/// saved-search feeds, which carry a token of their own that feed readers send. The page loads and asks for a key.
/// </summary>
public static class PrivateAccess
{
    public static WebApplication UsePrivateAccess(this WebApplication app)
    {
        if (app.Services.GetRequiredService<IOptions<SearchOptions>>().Value.IsPrivate)
        {
            var keys = app.Services.GetRequiredService<ApiKeys>();
            app.Use((http, next) =>
            {
                if (!IsOpen(http.Request.Path))
                {
                    ApiKeyAuth.RequireKey(http, keys);
                }
                return next(http);
            });
        }
        return app;
    }

    private static bool IsOpen(PathString path) =>
        path == "/health" ||
        (path.StartsWithSegments("/api/saved-searches") && path.Value!.EndsWith("/feed.atom", StringComparison.Ordinal));
}
