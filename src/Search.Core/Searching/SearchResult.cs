using Search.Core.Model;

namespace Search.Core.Searching;

/// <summary>One hit: the article's metadata (no text), its score, and its highlights (HTML: escaped text plus <c>&lt;mark&gt;</c>).</summary>
public sealed record SearchHit(Article Article, float Score, string? TitleHighlight, IReadOnlyList<string> BodyHighlights);

/// <summary>A facet value and how many matches have it; <see cref="Selected"/> when a filter names it.</summary>
public sealed record FacetCount(string Value, int Count, bool Selected);

public sealed record SearchResult(
    int Total,
    IReadOnlyList<SearchHit> Hits,
    IReadOnlyDictionary<string, IReadOnlyList<FacetCount>> Facets,
    string? NextCursor,
    double ElapsedMs);
