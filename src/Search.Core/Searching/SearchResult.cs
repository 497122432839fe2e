using Search.Core.Highlighting;
using Search.Core.Model;

namespace Search.Core.Searching;

/// <summary>One hit: the article's metadata (no text), its score, when asked for what of it matched, and its copies.</summary>
public sealed record SearchHit(Article Article, float Score, HitHighlights? Highlights, HitCopies? Copies = null);

/// <summary>An article of a cluster of copies, as a hit names it.</summary>
public sealed record CopyRef(string Id, string? Outlet, DateOnly? Published);

/// <summary>
/// A hit's copies: how many other articles are the same story, its original when the hit is not the original itself
/// (and which rule chose it), and, in a collapsed search, the outlets of the others.
/// </summary>
public sealed record HitCopies(int Count, CopyRef? Original, string Rule, IReadOnlyList<string>? Outlets);

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
    IReadOnlyDictionary<string, IReadOnlyList<string>>? Suggestions = null,
    int? Stories = null,
    IReadOnlyDictionary<string, IReadOnlyList<FacetCount>>? StoryFacets = null);
