namespace Search.Core.Querying;

/// <summary>The order of hits.</summary>
public enum SortOrder
{
    Relevance,
    Newest,
    Oldest,

    /// <summary>Most recently added to the index first: what arrived since a feed reader last looked.</summary>
    Added,
}
