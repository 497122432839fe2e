using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Search.Core.Errors;

namespace Search.Api.Hosting;

/// <summary>
/// Rate limits, each a fixed window of a minute, then 429 with Retry-After and problem details: exports and batches
/// per client address (<see cref="Exports"/>), writes to saved searches per API key (<see cref="Writes"/>).
/// </summary>
public static class RateLimits
{
    public const string Exports = "export";
    public const string Writes = "writes";

    public static IServiceCollection AddRateLimits(this IServiceCollection services, Func<int> exportsPerMinute, Func<int> writesPerMinute) =>
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(Exports, http => RateLimitPartition.GetFixedWindowLimiter(
                http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = exportsPerMinute(), Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
            // Partitioned by the key sent (hashed): a request without one is answered 401 by the endpoint anyway.
            o.AddPolicy(Writes, http => RateLimitPartition.GetFixedWindowLimiter(
                ApiKeyAuth.Secret(http) is { } secret ? Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(secret))) : "none",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = writesPerMinute(), Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
            o.OnRejected = async (context, cancel) =>
            {
                var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
                var seconds = (int)Math.Ceiling(retryAfter.TotalSeconds);
                var writes = context.HttpContext.GetEndpoint()?.Metadata.GetMetadata<EnableRateLimitingAttribute>()?.PolicyName == Writes;
                var what = writes ? $"too many writes with this API key: at most {writesPerMinute()} a minute" : $"too many exports: at most {exportsPerMinute()} a minute";
                context.HttpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                await ProblemAnswers.For(ErrorCodes.RateLimited, $"{what}; try again in {seconds} s", more: new Dictionary<string, object?> { ["retryAfterSeconds"] = seconds })
                    .ExecuteAsync(context.HttpContext);
            };
        });
}
