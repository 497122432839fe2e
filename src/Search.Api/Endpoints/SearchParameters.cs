using System.Globalization;
using Microsoft.Extensions.Primitives;
using Search.Core.Schema;
using Search.Core.Searching;
using Search.Core.Errors;
using Search.Core.Querying;

namespace Search.Api.Endpoints;

/// <summary>
/// Reads a search from a query string: forgiving where the meaning is clear (case of names, repeated or
/// comma-separated values), strict where it is not (unknown parameters, wrong types) with an error naming the parameter.
/// </summary>
public static class SearchParameters
{
    /// <summary>Reads a search; <paramref name="known"/> are the parameters the endpoint accepts (default: a search's).</summary>
    public static SearchRequest Read(IQueryCollection query, IReadOnlyCollection<string>? known = null)
    {
        ApiParameters.RejectUnknown(query, known ?? ApiParameters.Search);
        var filters = new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var filter in FieldCatalog.Filters)
        {
            var values = Values(query, filter.Name);
            if (values.Count > 0)
            {
                filters[filter.Name] = values;
            }
        }
        var defaults = new SearchRequest();
        return new SearchRequest
        {
            Query = Single(query, "q"),
            Filters = filters,
            From = Date(query, "from"),
            To = Date(query, "to"),
            Sort = Single(query, "sort")?.ToLowerInvariant() switch
            {
                null or "" or "relevance" => SortOrder.Relevance,
                "newest" => SortOrder.Newest,
                "oldest" => SortOrder.Oldest,
                "added" => SortOrder.Added,
                var other => throw new SearchRequestException(ErrorCodes.InvalidSort, $"sort must be relevance, newest, oldest or added, not '{other}'", "sort"),
            },
            Limit = Int(query, "limit") ?? defaults.Limit,
            Offset = Int(query, "offset") ?? 0,
            Cursor = Single(query, "cursor"),
            Collapse = Single(query, "collapse")?.ToLowerInvariant() switch
            {
                null or "" or "none" => Collapse.None,
                "copies" => Collapse.Copies,
                var other => throw new SearchRequestException(ErrorCodes.InvalidCollapse, $"collapse must be copies (or empty), not '{other}'", "collapse"),
            },
            Facets = Single(query, "facets") is { } f ? f.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(x => x.ToLowerInvariant()).ToList() : SearchRequest.DefaultFacets,
            FacetSize = Int(query, "facetSize") ?? defaults.FacetSize,
            Highlight = Bool(query, "highlight") ?? true,
            Fragments = Int(query, "fragments") ?? defaults.Fragments,
            FragmentSize = Int(query, "fragmentSize") ?? defaults.FragmentSize,
        };
    }

    /// <summary>Repeated (<c>?outlet=RT&amp;outlet=Axios</c>) or comma-separated values, blanks dropped.</summary>
    public static List<string> Values(IQueryCollection query, string name) =>
        query.TryGetValue(name, out var v)
            ? v.SelectMany(s => (s ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList()
            : [];

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

    private static DateOnly? Date(IQueryCollection query, string name)
    {
        var text = Single(query, name);
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        try
        {
            var day = DateBounds.Parse(text, end: name == "to");
            return day is null ? null : DateOnly.FromDayNumber((int)day.Value);
        }
        catch (SearchRequestException)
        {
            throw new SearchRequestException(ErrorCodes.InvalidDate, $"{name} must be a date like 2014, 2014-06 or 2014-06-17, not '{text}'", name);
        }
    }
}
