using System.Globalization;
using System.Text;
using System.Text.Json;
using Lucene.Net.Search;
using Lucene.Net.Util;
using Search.Core.Errors;
using Search.Core.Querying;

namespace Search.Core.Searching;

/// <summary>
/// The search-after position of a page's last hit as an opaque URL-safe string: the sort order, the sort value, the
/// article id (the tie-break, so a cursor survives index changes) and a fingerprint of what the search selects. A
/// cursor is refused (<c>invalid_cursor</c>) for another sort order or another query, filters or dates.
/// </summary>
public static class SearchCursor
{
    public static string Encode(FieldDoc last, SortOrder order, string fingerprint)
    {
        var first = last.Fields[0] switch
        {
            BytesRef b => b.Utf8ToString(),
            null => null,
            var v => Convert.ToString(v, CultureInfo.InvariantCulture),
        };
        var id = ((BytesRef)last.Fields[1]).Utf8ToString();
        var json = JsonSerializer.Serialize(new[] { order.ToString(), first, id, fingerprint });
        return Convert.ToBase64String(Encoding.UTF8.GetBytes(json)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }

    public static FieldDoc Decode(string cursor, SortOrder order, string fingerprint)
    {
        string?[]? parts;
        try
        {
            var b64 = cursor.Replace('-', '+').Replace('_', '/');
            b64 = b64.PadRight(b64.Length + (4 - b64.Length % 4) % 4, '=');
            parts = JsonSerializer.Deserialize<string?[]>(Encoding.UTF8.GetString(Convert.FromBase64String(b64)));
        }
        catch (Exception e) when (e is FormatException or JsonException or ArgumentException)
        {
            throw Refused("it is not one this service gave");
        }
        if (parts is not { Length: 4 } || parts[1] is null || parts[2] is null)
        {
            throw Refused("it is not one this service gave");
        }
        if (parts[0] != order.ToString())
        {
            throw Refused($"it was made for sort={parts[0]?.ToLowerInvariant()}, not sort={order.ToString().ToLowerInvariant()}");
        }
        if (parts[3] != fingerprint)
        {
            throw Refused("it was made for another query, filters or dates");
        }
        var inv = CultureInfo.InvariantCulture;
        if (order == SortOrder.Relevance && float.TryParse(parts[1], NumberStyles.Float, inv, out var score))
        {
            return new FieldDoc(int.MaxValue, score, [J2N.Numerics.Single.GetInstance(score), new BytesRef(parts[2]!)]);
        }
        if (order != SortOrder.Relevance && long.TryParse(parts[1], NumberStyles.Integer, inv, out var day))
        {
            return new FieldDoc(int.MaxValue, float.NaN, [J2N.Numerics.Int64.GetInstance(day), new BytesRef(parts[2]!)]);
        }
        throw Refused("it is not one this service gave");
    }

    private static SearchRequestException Refused(string why) =>
        new(ErrorCodes.InvalidCursor, $"the cursor cannot be used: {why}; start again without it", "cursor");
}
