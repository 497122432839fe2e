using System.Globalization;
using System.Text.Json;

namespace Search.Core.Ingest;

/// <summary>The field names structured sources (JSON Lines, CSV, sidecars) use, and how their values are read.</summary>
public static class MetadataFields
{
    public static readonly string[] TextNames = ["text", "body", "content"];

    /// <summary>Parses an ISO 8601 date or date-time ("2021-07-05", "2021-07-05T10:00:00Z"); null when it is not one.</summary>
    public static bool TryParseDate(string? value, out DateOnly? date)
    {
        date = null;
        if (string.IsNullOrWhiteSpace(value))
        {
            return true;
        }
        value = value.Trim();
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
        {
            date = d;
            return true;
        }
        if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var dt)
            && value.Length >= 10 && char.IsDigit(value[0]))
        {
            date = DateOnly.FromDateTime(dt.UtcDateTime);
            return true;
        }
        return false;
    }

    /// <summary>Authors given as a list, or as one string separated by ';' (or ',' when every part is a name).</summary>
    public static IReadOnlyList<string>? SplitAuthors(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        var separator = value.Contains(';') ? ';' : value.Contains('|') ? '|' : ',';
        return value.Split(separator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }

    public static string? String(JsonElement obj, string name) =>
        obj.TryGetProperty(name, out var v) ? v.ValueKind switch
        {
            JsonValueKind.String => NullIfBlank(v.GetString()),
            JsonValueKind.Number => v.GetRawText(),
            _ => null,
        } : null;

    public static IReadOnlyList<string>? Authors(JsonElement obj)
    {
        if (!obj.TryGetProperty("authors", out var v) && !obj.TryGetProperty("author", out v))
        {
            return null;
        }
        return v.ValueKind switch
        {
            JsonValueKind.Array => v.EnumerateArray()
                .Select(a => a.ValueKind == JsonValueKind.String ? a.GetString() : a.ValueKind == JsonValueKind.Object ? String(a, "name") : null)
                .Where(a => !string.IsNullOrWhiteSpace(a)).Select(a => a!.Trim()).ToList(),
            JsonValueKind.String => SplitAuthors(v.GetString()),
            JsonValueKind.Object when String(v, "name") is { } name => [name],
            _ => null,
        };
    }

    public static string? NullIfBlank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
