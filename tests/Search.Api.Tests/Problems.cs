using Search.Tests.Shared;
using System.Net;
using System.Text.Json;

namespace Search.Api.Tests;

/// <summary>The one shape every error answer has: problem details with a stable code (and, for a 400, the parameter at fault).</summary>
public static class Problems
{
    /// <summary>Asserts a problem details answer of this status and code, with no .NET exception text; returns its body.</summary>
    public static async Task<JsonElement> AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status, string code)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var text = await response.Content.ReadAsStringAsync();
        var body = TestJson.Parse(text);
        Assert.Equal(code, body.GetProperty("code").GetString());
        Assert.False(string.IsNullOrWhiteSpace(body.GetProperty("detail").GetString()));
        Assert.DoesNotContain("Exception", text);
        Assert.DoesNotContain("BytePositionInLine", text);
        Assert.DoesNotContain("reader options", text);
        return body;
    }

    public static async Task AssertBadRequestAsync(HttpResponseMessage response, string code, string parameter)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = (await response.ReadJsonAsync());
        Assert.Equal(code, body.GetProperty("code").GetString());
        Assert.Equal(parameter, body.GetProperty("parameter").GetString());
        Assert.False(string.IsNullOrWhiteSpace(body.GetProperty("detail").GetString()));
    }
}
