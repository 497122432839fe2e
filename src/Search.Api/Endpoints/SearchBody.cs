using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Primitives;
using Search.Core.Searching;

namespace Search.Api.Endpoints;

/// <summary>
/// The JSON body of <c>POST /api/search</c>: the same names as the query string (arrays for repeatable filters and
/// facets). It is read into the query-string form so GET and POST go through one validation with the same errors.
/// </summary>
public static class SearchBody
{
    public static async Task<QueryCollection> ReadAsync(HttpRequest request)
    {
        JsonDocument document;
        try
        {
            document = await JsonDocument.ParseAsync(request.Body, cancellationToken: request.HttpContext.RequestAborted);
        }
        catch (JsonException e)
        {
            throw new SearchQueryException("invalid_body", $"the body is not valid JSON: {e.Message}", "body");
        }
        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new SearchQueryException("invalid_body", "the body must be a JSON object such as {\"q\": \"Iran\", \"country\": [\"SY\"]}", "body");
            }
            var values = new Dictionary<string, StringValues>(StringComparer.OrdinalIgnoreCase);
            foreach (var property in document.RootElement.EnumerateObject())
            {
                values[property.Name] = property.Value.ValueKind switch
                {
                    JsonValueKind.Null => StringValues.Empty,
                    JsonValueKind.Array when property.Name.Equals("facets", StringComparison.OrdinalIgnoreCase)
                        => string.Join(',', property.Value.EnumerateArray().Select(v => Scalar(property.Name, v))),
                    JsonValueKind.Array => new StringValues(property.Value.EnumerateArray().Select(v => Scalar(property.Name, v)).ToArray()),
                    _ => Scalar(property.Name, property.Value),
                };
            }
            return new QueryCollection(values);
        }
    }

    private static string Scalar(string name, JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString()!,
        JsonValueKind.Number => value.GetRawText(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => throw new SearchQueryException("invalid_body", string.Create(CultureInfo.InvariantCulture, $"'{name}' must be a string, number, true/false or a list of them"), name),
    };
}
