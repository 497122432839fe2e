using Search.Core.Indexing;

namespace Search.Core.Searching;

/// <summary>The facet and filter names the API speaks, and the index fields behind them.</summary>
public static class FacetFields
{
    public static readonly IReadOnlyDictionary<string, string> Fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["outlet"] = IndexFields.Outlet,
        ["site"] = IndexFields.Site,
        ["country"] = IndexFields.Country,
        ["person"] = IndexFields.Person,
        ["author"] = IndexFields.Author,
        ["cites"] = IndexFields.Cites,
        ["year"] = IndexFields.Year,
        ["month"] = IndexFields.Month,
    };

    /// <summary>Facets that filter by value (year and month filter through from/to).</summary>
    public static readonly IReadOnlyList<string> Filterable = ["outlet", "site", "country", "person", "author", "cites"];

    public static string? FieldOf(string name) => Fields.GetValueOrDefault(name);
}
