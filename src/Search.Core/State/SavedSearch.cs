namespace Search.Core.State;

/// <summary>
/// A saved search: its name, the search as a URL query string (<c>q=Iran&amp;country=SY</c>), the key that owns it,
/// and the token that opens its Atom feed.
/// </summary>
public sealed record SavedSearch(string Id, string Owner, string Name, string Query, string FeedToken, DateTimeOffset Created);
