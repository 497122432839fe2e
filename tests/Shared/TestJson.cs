using System.Text.Json;
using System.Text.Json.Nodes;

namespace Search.Tests.Shared;

/// <summary>The one way tests read JSON: answers, lines of NDJSON, and files to edit. Linked into every test project.</summary>
internal static class TestJson
{
    /// <summary>A JSON text's root element.</summary>
    public static JsonElement Parse(string text) => JsonDocument.Parse(text).RootElement;

    /// <summary>Each non-empty line of an NDJSON text.</summary>
    public static List<JsonElement> Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(Parse).ToList();

    /// <summary>A JSON text as nodes, to change and write back (a data file a test extends).</summary>
    public static JsonNode Node(string text) => JsonNode.Parse(text) ?? throw new InvalidDataException("the JSON text is null");

    /// <summary>An answer's body, whatever its status.</summary>
    public static async Task<JsonElement> ReadJsonAsync(this HttpResponseMessage response) => Parse(await response.Content.ReadAsStringAsync());

    /// <summary>GETs <paramref name="url"/>; a status other than success fails with the body in the message.</summary>
    public static async Task<JsonElement> GetJsonAsync(this HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"GET {url} answered {(int)response.StatusCode}: {body}");
        }
        return Parse(body);
    }
}
