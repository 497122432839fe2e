using System.Globalization;
using Microsoft.Extensions.Primitives;
using Search.Core.Errors;

namespace Search.Api.Endpoints;

/// <summary>
/// How a query string's raw values are read, for every parameter alike: forgiving where the meaning is clear (repeated
/// or comma-separated values, the case of true and false), strict where it is not, with an error naming the parameter.
/// </summary>
public static class QueryValues
{
    /// <summary>Repeated (<c>?outlet=RT&amp;outlet=Axios</c>) or comma-separated values, blanks dropped.</summary>
    public static List<string> Values(IQueryCollection query, string name) =>
        query.TryGetValue(name, out var v) ? v.SelectMany(Split).ToList() : [];

    /// <summary>Comma-separated values, trimmed, blanks dropped.</summary>
    public static List<string> Split(string? text) =>
        [.. (text ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    /// <summary>A value given at most once; null when missing or empty.</summary>
    public static string? Single(IQueryCollection query, string name)
    {
        if (!query.TryGetValue(name, out var values) || StringValues.IsNullOrEmpty(values))
        {
            return null;
        }
        if (values.Count > 1)
        {
            throw new SearchRequestException(ErrorCodes.RepeatedParameter, $"'{name}' is given {values.Count} times; give it once", name);
        }
        return values[0];
    }

    public static int? Int(IQueryCollection query, string name)
    {
        var text = Single(query, name);
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n)
            ? n
            : throw new SearchRequestException(ErrorCodes.InvalidInteger, $"{name} must be a whole number, not '{text}'", name);
    }

    /// <summary>One rule for every boolean: <c>true</c> or <c>false</c>, in any case (Python's <c>True</c> too); anything else is refused.</summary>
    public static bool? Bool(IQueryCollection query, string name) => Single(query, name)?.Trim().ToLowerInvariant() switch
    {
        null or "" => null,
        "true" => true,
        "false" => false,
        var other => throw new SearchRequestException(ErrorCodes.InvalidBoolean, $"{name} must be true or false, not '{other}'", name),
    };

    /// <summary>Refuses any parameter the endpoint does not declare, naming the ones it does.</summary>
    public static void RejectUnknown(IQueryCollection query, IReadOnlyCollection<ApiParameter> known) =>
        RejectUnknown(query, known.Select(p => p.Name).Distinct(StringComparer.OrdinalIgnoreCase).ToList());

    /// <summary>Refuses any parameter (or body property) not among <paramref name="known"/>.</summary>
    public static void RejectUnknown(IQueryCollection query, IReadOnlyCollection<string> known)
    {
        if (query.Keys.FirstOrDefault(k => !known.Contains(k, StringComparer.OrdinalIgnoreCase)) is { } unknown)
        {
            throw new SearchRequestException(ErrorCodes.UnknownParameter, $"unknown parameter '{unknown}'; known parameters: {string.Join(", ", known)}", unknown);
        }
    }
}
