using System.Net;
using System.Text.Json;

namespace Search.Api.Tests;

/// <summary>The one shape every refused request has: 400, problem details, a stable code, the parameter at fault.</summary>
public static class Problems
{
    public static async Task AssertBadRequestAsync(HttpResponseMessage response, string code, string parameter)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(code, body.GetProperty("code").GetString());
        Assert.Equal(parameter, body.GetProperty("parameter").GetString());
        Assert.False(string.IsNullOrWhiteSpace(body.GetProperty("detail").GetString()));
    }
}
