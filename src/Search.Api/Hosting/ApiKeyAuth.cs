using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Search.Core.Errors;
using Search.Core.State;

namespace Search.Api.Hosting;

/// <summary>
/// Who is calling: the API key sent as <c>Authorization: Bearer nsk_…</c>. Writes need one; a missing or unknown key
/// is 401 (<c>unauthorized</c>, <c>invalid_key</c>), a revoked one 401 <c>key_revoked</c>. Searches stay open in a
/// public archive; a private one needs a key for every read (<see cref="PrivateAccess"/>).
/// </summary>
public static class ApiKeyAuth
{
    public const string Scheme = "bearer";

    /// <summary>
    /// The caller's key, or the 401 it earns; an address that sent too many unknown or revoked keys in the last minute
    /// gets 429 (<see cref="KeyAttempts"/>). A key checked once for a request is not looked up again.
    /// </summary>
    public static ApiKey RequireKey(HttpContext http, ApiKeys keys)
    {
        if (http.Items[typeof(ApiKey)] is ApiKey known)
        {
            return known;
        }
        var attempts = http.RequestServices.GetRequiredService<KeyAttempts>();
        var address = http.Connection.RemoteIpAddress;
        if (attempts.Blocked(address) is { } wait)
        {
            var seconds = (int)Math.Ceiling(wait.TotalSeconds);
            throw new SearchRequestException(ErrorCodes.TooManyKeyAttempts, $"too many requests without a valid API key from this address; try again in {seconds} s", "Authorization")
            {
                Data = { [ProblemAnswers.RetryAfterSeconds] = seconds },
            };
        }
        try
        {
            var secret = Secret(http) ?? throw new SearchRequestException(ErrorCodes.Unauthorized, ErrorCodes.Unauthorized.Meaning, "Authorization");
            var key = keys.Find(secret) ?? throw new SearchRequestException(ErrorCodes.InvalidKey, ErrorCodes.InvalidKey.Meaning, "Authorization");
            http.Items[typeof(ApiKey)] = key.Revoked is null ? key
                : throw new SearchRequestException(ErrorCodes.KeyRevoked, $"the API key '{key.Name}' was revoked on {key.Revoked:yyyy-MM-dd}", "Authorization");
            return key;
        }
        catch (SearchRequestException e) when (e.Error != ErrorCodes.Unauthorized)
        {
            // A key was sent and it is wrong: that is what guessing looks like (a page without a key is not counted).
            attempts.Failed(address);
            throw;
        }
    }

    /// <summary>The caller's key when it may write (role writer); a reader's key earns 403 <c>read_only_key</c>.</summary>
    public static ApiKey RequireWriter(HttpContext http, ApiKeys keys)
    {
        var key = RequireKey(http, keys);
        return key.Role == KeyRole.Writer ? key
            : throw new SearchRequestException(ErrorCodes.ReadOnlyKey, $"the API key '{key.Name}' is a reader's: saving searches needs a writer key (keys create NAME --role writer)", "Authorization");
    }

    /// <summary>The key this request was made with, when one was checked (a private archive checks every request's).</summary>
    public static ApiKey? KeyOf(HttpContext http) => http.Items[typeof(ApiKey)] as ApiKey;

    /// <summary>Marks an endpoint as needing a key in the OpenAPI document (Swagger UI's Authorize button then sends it).</summary>
    public static TBuilder RequireKey<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.AddOpenApiOperationTransformer((operation, context, _) =>
        {
            operation.Security ??= [];
            operation.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(Scheme, context.Document)] = [] });
            operation.Responses ??= new OpenApiResponses();
            operation.Responses.TryAdd("401", new OpenApiResponse { Description = "No API key, an unknown one, or a revoked one (problem details)." });
            operation.Responses.TryAdd("403", new OpenApiResponse { Description = "The saved search belongs to another key, or a reader's key tries to write (problem details)." });
            return Task.CompletedTask;
        });

    /// <summary>Declares the bearer scheme in the OpenAPI document.</summary>
    public static void Describe(OpenApiDocument document)
    {
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[Scheme] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            Description = "An API key made with the indexer's keys command (dotnet run --project src/Search.Indexer -- keys create NAME), sent as Authorization: Bearer nsk_…",
        };
    }

    /// <summary>The secret of a Bearer header, or null.</summary>
    public static string? Secret(HttpContext http)
    {
        var header = http.Request.Headers.Authorization.ToString();
        return header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) && header[7..].Trim() is { Length: > 0 } secret ? secret : null;
    }
}
