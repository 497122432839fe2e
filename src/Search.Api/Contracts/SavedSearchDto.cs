using Search.Core.State;

namespace Search.Api.Contracts;

/// <summary>A saved search as the API shows it to its owner: with the address of its feed (token included) and of the search page.</summary>
public sealed record SavedSearchDto(string Id, string Name, string Query, DateTimeOffset Created, string FeedUrl, string PageUrl)
{
    public static SavedSearchDto From(SavedSearch s, HttpRequest request)
    {
        var origin = $"{request.Scheme}://{request.Host}";
        return new SavedSearchDto(s.Id, s.Name, s.Query, s.Created,
            $"{origin}/api/saved-searches/{Uri.EscapeDataString(s.Id)}/feed.atom?token={Uri.EscapeDataString(s.FeedToken)}", $"{origin}/?{s.Query}");
    }
}
