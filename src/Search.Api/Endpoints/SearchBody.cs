using System.Text.Json;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Primitives;
using Microsoft.OpenApi;
using Search.Core.Errors;

namespace Search.Api.Endpoints;

/// <summary>
/// The JSON body of <c>POST /api/search</c>: the same names as the query string (arrays for repeatable filters and
/// facets). It is checked against the parameters' types (a string for <c>q</c>, a number for <c>limit</c>, true or false
/// for <c>highlight</c>; a property given twice is refused) and read into the query-string form, so GET and POST go
/// through one validation with the same errors.
/// </summary>
public static class SearchBody
{
    /// <summary>The largest body read: far more than any search needs.</summary>
    public const long MaxBytes = 1024 * 1024;

    public static async Task<QueryCollection> ReadAsync(HttpRequest request)
    {
        if (request.ContentType is not { } type || !type.StartsWith("application/json", StringComparison.OrdinalIgnoreCase))
        {
            throw new SearchRequestException(ErrorCodes.UnsupportedMediaType, "send the search as application/json", "Content-Type");
        }
        LimitBody(request);
        JsonDocument document;
        try
        {
            document = await JsonDocument.ParseAsync(request.Body, cancellationToken: request.HttpContext.RequestAborted);
        }
        catch (JsonException e)
        {
            // The parser's message names its own types and options; the position is what helps.
            throw new SearchRequestException(ErrorCodes.InvalidBody, $"the body is not valid JSON (line {e.LineNumber + 1}, byte {e.BytePositionInLine + 1})", "body");
        }
        using (document)
        {
            return FromObject(document.RootElement);
        }
    }

    /// <summary>
    /// Refuses a body announced as larger than <see cref="MaxBytes"/> (413), and has Kestrel stop reading one that turns out
    /// larger: every body the API reads goes through here.
    /// </summary>
    public static void LimitBody(HttpRequest request)
    {
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = MaxBytes;
        }
        if (request.ContentLength > MaxBytes)
        {
            throw new SearchRequestException(ErrorCodes.BodyTooLarge, $"the body has {request.ContentLength} bytes; the service reads at most {MaxBytes}", "body");
        }
    }

    /// <summary>A JSON object read into the query-string form, each property checked against its parameter's type.</summary>
    public static QueryCollection FromObject(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new SearchRequestException(ErrorCodes.InvalidBody, "the body must be a JSON object such as {\"q\": \"Iran\", \"country\": [\"SY\"]}", "body");
        }
        var values = new Dictionary<string, StringValues>(StringComparer.OrdinalIgnoreCase);
        foreach (var property in root.EnumerateObject())
        {
            if (values.ContainsKey(property.Name))
            {
                throw new SearchRequestException(ErrorCodes.InvalidBody, $"'{property.Name}' is given twice; give it once", property.Name);
            }
            values[property.Name] = Read(property.Name, property.Value);
        }
        return new QueryCollection(values);
    }

    private static StringValues Read(string name, JsonElement value)
    {
        if (!ApiParameters.ByName.TryGetValue(name, out var parameter))
        {
            // Left to the endpoint's own check, which names the parameters it takes.
            return value.ValueKind == JsonValueKind.String ? value.GetString() : value.GetRawText();
        }
        if (value.ValueKind == JsonValueKind.Null)
        {
            return StringValues.Empty;
        }
        if (value.ValueKind == JsonValueKind.Array && parameter is ListParameter)
        {
            var items = value.EnumerateArray().Select(v => Scalar(name, v, JsonSchemaType.String, inList: true)).ToArray();
            return parameter.Repeatable ? new StringValues(items) : string.Join(',', items);
        }
        return Scalar(name, value, parameter.Type, inList: false);
    }

    private static string Scalar(string name, JsonElement value, JsonSchemaType type, bool inList) => (type, value.ValueKind) switch
    {
        (JsonSchemaType.String, JsonValueKind.String) => value.GetString()!,
        (JsonSchemaType.Integer, JsonValueKind.Number) when value.TryGetInt32(out var n) => n.ToString(System.Globalization.CultureInfo.InvariantCulture),
        (JsonSchemaType.Boolean, JsonValueKind.True) => "true",
        (JsonSchemaType.Boolean, JsonValueKind.False) => "false",
        _ => throw new SearchRequestException(ErrorCodes.InvalidBody, $"'{name}' must be {Expected(type, inList)}, not {Describe(value.ValueKind)}", name),
    };

    private static string Expected(JsonSchemaType type, bool inList) => inList ? "a list of strings" : type switch
    {
        JsonSchemaType.Integer => "a whole number",
        JsonSchemaType.Boolean => "true or false",
        _ => "a string",
    };

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Number => "a number",
        JsonValueKind.String => "a string",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Array => "a list",
        JsonValueKind.Object => "an object",
        _ => "null",
    };
}
