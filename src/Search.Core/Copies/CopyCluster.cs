namespace Search.Core.Copies;

/// <summary>
/// An article of a cluster of copies, with what deciding the original needs: <c>Doc</c> is its document number in the
/// reader the clusters were built from, <c>Credits</c> the outlet it names as its source (its outlet when another site
/// published it), if any.
/// </summary>
public sealed record CopyMember(int Doc, string Id, string? Outlet, string? Site, DateOnly? Published, string? Credits);

/// <summary>How a cluster's original was chosen.</summary>
public static class OriginalRule
{
    /// <summary>A copy names the outlet it came from, and that outlet's own article is in the cluster.</summary>
    public const string NamedSource = "named-source";

    /// <summary>The earliest published article that does not name another source (ties: the smallest id).</summary>
    public const string Earliest = "earliest";
}

/// <summary>Articles whose bodies overlap so strongly that they are one story published more than once.</summary>
public sealed record CopyCluster(IReadOnlyList<CopyMember> Members, CopyMember Original, string Rule)
{
    /// <summary>Members in publication order (undated last, ties by id).</summary>
    public static IReadOnlyList<CopyMember> InDateOrder(IEnumerable<CopyMember> members) =>
        members.OrderBy(m => m.Published ?? DateOnly.MaxValue).ThenBy(m => m.Id, StringComparer.Ordinal).ToList();

    /// <summary>Chooses the original of a set of copies and says which rule decided.</summary>
    public static CopyCluster Of(IEnumerable<CopyMember> members)
    {
        var ordered = InDateOrder(members);
        var credited = ordered.Where(m => m.Credits is not null).Select(m => m.Credits!).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var named = ordered.FirstOrDefault(m => m.Credits is null && (m.Site ?? m.Outlet) is { } own && credited.Contains(own));
        if (named is not null)
        {
            return new CopyCluster(ordered, named, OriginalRule.NamedSource);
        }
        var original = ordered.FirstOrDefault(m => m.Credits is null) ?? ordered[0];
        return new CopyCluster(ordered, original, OriginalRule.Earliest);
    }
}
