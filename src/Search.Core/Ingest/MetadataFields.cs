using System.Globalization;
using System.Text.Json;

namespace Search.Core.Ingest;

/// <summary>The field names structured sources (JSON Lines, CSV, sidecars) use, and how their values are read.</summary>
public static partial class MetadataFields
{
    public static readonly string[] TextNames = ["text", "body", "content"];

    /// <summary>Parses an ISO 8601 date or date-time ("2021-07-05", "2021-07-05T10:00:00Z"); null when it is not one.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,?\s+(?<d>\d{1,2})\s+(?<m>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\s+(?<y>\d{4})\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex Rfc1123();

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
        // "2022-05-04T03:00:00 UTC": a zone written as a word.
        if (value.EndsWith(" UTC", StringComparison.OrdinalIgnoreCase) || value.EndsWith(" GMT", StringComparison.OrdinalIgnoreCase))
        {
            value = value[..^4] + "Z";
        }
        if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var dt)
            && value.Length >= 10 && char.IsDigit(value[0]))
        {
            // The day as the page dates it, in its own time zone ("2020-02-24T21:25-05:00" is the 24th).
            date = DateOnly.FromDateTime(dt.DateTime);
            return true;
        }
        // "Tue, 4 May 2021 19:18:00 +0200" (RFC 1123, as feeds and some pages write it): the day as written there.
        if (Rfc1123().Match(value) is { Success: true } rfc && DateOnly.TryParseExact($"{rfc.Groups["d"].Value} {rfc.Groups["m"].Value} {rfc.Groups["y"].Value}",
                "d MMM yyyy", CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var written))
        {
            date = written;
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
