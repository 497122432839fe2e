using Search.Core.Highlighting;
using Search.Core.Model;

namespace Search.Core.Searching;

/// <summary>One hit: the article's metadata (no text), its score, and, when asked for, what of it matched.</summary>
public sealed record SearchHit(Article Article, float Score, HitHighlights? Highlights);

/// <summary>
/// What of a hit matched, as data: the title with its matches (null when the article has none) and the chosen body
/// passages, each with its matches relative to it. <see cref="Highlighting.HighlightHtml"/> renders them as escaped HTML.
/// </summary>
public sealed record HitHighlights(MarkedText? Title, IReadOnlyList<MarkedText> Passages);

/// <summary>A facet value and how many matches have it; <see cref="Selected"/> when a filter names it; a <see cref="Name"/> for codes (countries).</summary>
public sealed record FacetCount(string Value, int Count, bool Selected, string? Name = null);

public sealed record SearchResult(
    int Total,
    IReadOnlyList<SearchHit> Hits,
    IReadOnlyDictionary<string, IReadOnlyList<FacetCount>> Facets,
    string? NextCursor,
    double ElapsedMs,
    IReadOnlyDictionary<string, IReadOnlyList<string>>? Suggestions = null);
