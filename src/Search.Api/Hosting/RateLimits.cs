using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Search.Api.Endpoints;

namespace Search.Api.Hosting;

/// <summary>Exports are rate-limited per client address: a fixed window of a minute, then 429 with Retry-After and problem details.</summary>
public static class ExportRateLimit
{
    public static IServiceCollection AddExportRateLimit(this IServiceCollection services, Func<int> permitsPerMinute) =>
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(ExportEndpoints.RateLimitPolicy, http => RateLimitPartition.GetFixedWindowLimiter(
                http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = permitsPerMinute(), Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
            o.OnRejected = async (context, cancel) =>
            {
                var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
                var seconds = (int)Math.Ceiling(retryAfter.TotalSeconds);
                context.HttpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                await TypedResults.Problem($"too many exports: at most {permitsPerMinute()} a minute; try again in {seconds} s",
                    statusCode: StatusCodes.Status429TooManyRequests, title: "Too many requests",
                    extensions: new Dictionary<string, object?> { ["code"] = "rate_limited", ["retryAfterSeconds"] = seconds })
                    .ExecuteAsync(context.HttpContext);
            };
        });
}
