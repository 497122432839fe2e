using Search.Core.Highlighting;
using Search.Core.Model;
using Search.Core.Copies;
using Search.Core.Facets;

namespace Search.Core.Searching;

/// <summary>One hit: the article's metadata (no text), its score, when asked for what of it matched, and its copies.</summary>
public sealed record SearchHit(Article Article, float Score, HitHighlights? Highlights, HitCopies? Copies = null);

/// <summary>
/// What of a hit matched, as data: the title with its matches (null when the article has none) and the chosen body
/// passages, each with its matches relative to it. <see cref="Highlighting.HighlightHtml"/> renders them as escaped HTML.
/// </summary>
public sealed record HitHighlights(MarkedText? Title, IReadOnlyList<MarkedText> Passages);

public sealed record SearchResult(
    int Total,
    IReadOnlyList<SearchHit> Hits,
    IReadOnlyDictionary<string, IReadOnlyList<FacetCount>> Facets,
    string? NextCursor,
    double ElapsedMs,
    IReadOnlyDictionary<string, IReadOnlyList<string>>? Suggestions = null,
    int? Stories = null,
    IReadOnlyDictionary<string, IReadOnlyList<FacetCount>>? StoryFacets = null);
