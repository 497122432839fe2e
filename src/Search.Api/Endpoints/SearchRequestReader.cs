using Search.Core.Errors;
using Search.Core.Querying;
using Search.Core.Searching;
using P = Search.Api.Endpoints.ApiParameters;

namespace Search.Api.Endpoints;

/// <summary>
/// Reads a search from a query string (or a JSON body turned into one, <see cref="SearchBody"/>) through the declared
/// parameters (<see cref="ApiParameters"/>): their defaults apply, and any parameter the endpoint does not take is refused.
/// </summary>
public static class SearchRequestReader
{
    /// <summary>Reads a search; <paramref name="known"/> are the parameters the endpoint accepts (default: a search's).</summary>
    public static SearchRequest Read(IQueryCollection query, IReadOnlyCollection<ApiParameter>? known = null)
    {
        QueryValues.RejectUnknown(query, known ?? P.Search);
        var filters = new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var filter in P.Filters)
        {
            if (filter.Read(query) is { Count: > 0 } values)
            {
                filters[filter.Name] = values;
            }
        }
        return new SearchRequest
        {
            Query = P.Query.Read(query),
            Filters = filters,
            From = Date(query, P.From, end: false),
            To = Date(query, P.To, end: true),
            Transliterate = P.Transliterate.Read(query),
            Sort = P.Sort.Read(query)?.ToLowerInvariant() switch
            {
                "relevance" => SortOrder.Relevance,
                "newest" => SortOrder.Newest,
                "oldest" => SortOrder.Oldest,
                "added" => SortOrder.Added,
                var other => throw new SearchRequestException(ErrorCodes.InvalidSort, $"sort must be relevance, newest, oldest or added, not '{other}'", P.Sort.Name),
            },
            Limit = P.Limit.Read(query),
            Offset = P.Offset.Read(query),
            Cursor = P.Cursor.Read(query),
            Collapse = P.Collapse.Read(query)?.ToLowerInvariant() switch
            {
                null or "none" => Collapse.None,
                "copies" => Collapse.Copies,
                var other => throw new SearchRequestException(ErrorCodes.InvalidCollapse, $"collapse must be copies (or empty), not '{other}'", P.Collapse.Name),
            },
            Facets = P.Facets.Read(query).Select(x => x.ToLowerInvariant()).ToList(),
            FacetSize = P.FacetSize.Read(query),
            Highlight = P.Highlight.Read(query),
            Fragments = P.Fragments.Read(query),
            FragmentSize = P.FragmentSize.Read(query),
        };
    }

    private static DateOnly? Date(IQueryCollection query, TextParameter parameter, bool end)
    {
        var text = parameter.Read(query);
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        try
        {
            var day = DateBounds.Parse(text, end);
            return day is null ? null : DateOnly.FromDayNumber((int)day.Value);
        }
        catch (SearchRequestException)
        {
            throw new SearchRequestException(ErrorCodes.InvalidDate, $"{parameter.Name} must be a date like 2014, 2014-06 or 2014-06-17, not '{text}'", parameter.Name);
        }
    }
}
