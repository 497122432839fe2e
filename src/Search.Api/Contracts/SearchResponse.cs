using Search.Core.Model;
using Search.Core.Searching;
using Search.Core.Copies;
using Search.Core.Facets;

namespace Search.Api.Contracts;

/// <summary>
/// The answer of <c>/api/search</c>. Highlights are HTML: article text escaped, matches in <c>&lt;mark&gt;</c>.
/// <c>suggestions</c>, by filter, names values that exist when nothing matched and a filter's value is one no article has (null otherwise).
/// <c>stories</c>, with <c>collapse=copies</c>, counts the matching stories (an article and its copies count once) and
/// <c>storyFacets</c> the facets the same way; <c>total</c> and <c>facets</c> still count articles.
/// </summary>
public sealed record SearchResponse(
    string Query, int Total, double ProcessingTimeMs, IReadOnlyList<HitDto> Hits,
    IReadOnlyDictionary<string, IReadOnlyList<FacetValueDto>> Facets, string? NextCursor,
    IReadOnlyDictionary<string, IReadOnlyList<string>>? Suggestions,
    [property: System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)] int? Stories = null,
    [property: System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)] IReadOnlyDictionary<string, IReadOnlyList<FacetValueDto>>? StoryFacets = null)
{
    public static SearchResponse From(SearchRequest request, SearchResult result, bool withMatches) => new(request.Query ?? "", result.Total, Math.Round(result.ElapsedMs, 2),
        result.Hits.Select(h => HitDto.From(h, withMatches)).ToList(), result.Facets.ToDictionary(kv => kv.Key, kv => FacetValueDto.From(kv.Value)), result.NextCursor,
        result.Suggestions, result.Stories, result.StoryFacets?.ToDictionary(kv => kv.Key, kv => FacetValueDto.From(kv.Value)));
}

public sealed record CountryDto(string Code, string? Name);

/// <summary>
/// What of a hit matched: the title and body passages as HTML (escaped, matches in <c>&lt;mark&gt;</c>), and the same as
/// plain text with match ranges (<c>titleMatches</c> over the hit's title; <c>passages</c>) for clients that render their
/// own, when asked with <c>matches=true</c> (left out otherwise: they double the size of a page).
/// </summary>
public sealed record HighlightsDto(string? Title, IReadOnlyList<string> Body,
    [property: System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<MatchDto>? TitleMatches,
    [property: System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<PassageDto>? Passages)
{
    public static HighlightsDto From(HitHighlights h, bool withMatches) => new(h.Title?.ToHtml(), h.Passages.Select(p => p.ToHtml()).ToList(),
        !withMatches ? null : h.Title is null ? [] : MatchDto.From(h.Title.Text, h.Title.Matches), !withMatches ? null : h.Passages.Select(PassageDto.From).ToList());
}

/// <summary>An article of a story's cluster of copies: id, outlet, publication day.</summary>
public sealed record CopyRefDto(string Id, string? Outlet, string? Published)
{
    public static CopyRefDto From(CopyRef r) => new(r.Id, r.Outlet, r.Published?.ToString("yyyy-MM-dd"));
}

/// <summary>
/// A hit. <c>outletSource</c>: how the outlet was decided (source, registry, page or domain); <c>fetched</c>: when a
/// crawler fetched the page, for articles from web archives; <c>modified</c>: when the source says it was last changed. <c>copies</c>: how many other articles are the same story (reposts, wire copy; see /api/articles/{id}/copies);
/// <c>original</c>: the story's original when this hit is a copy (null when it is the original or has no copies), with
/// <c>originalRule</c> saying how it was chosen (named-source or earliest); <c>copyOutlets</c>: with collapse=copies,
/// where the other copies appeared.
/// </summary>
public sealed record HitDto(
    string Id, string? Title, string? Url, string? Outlet, string? OutletSource, string? Site, string? Published, IReadOnlyList<string> Authors,
    IReadOnlyList<CountryDto> Countries, IReadOnlyList<string> People, IReadOnlyList<string> Cites, double Score, HighlightsDto? Highlights,
    [property: System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)] string? Fetched,
    [property: System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)] string? Modified,
    int Copies = 0, CopyRefDto? Original = null,
    [property: System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)] string? OriginalRule = null,
    [property: System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<string>? CopyOutlets = null)
{
    /// <summary>The article's labels (the catalog's one-valued keywords such as language), written as properties of their own.</summary>
    [System.Text.Json.Serialization.JsonExtensionData]
    public Dictionary<string, object>? Labels { get; set; }

    public static HitDto From(SearchHit hit) => From(hit, withMatches: false);

    /// <summary>An article's labels as <see cref="Labels"/> holds them; null when it has none.</summary>
    public static Dictionary<string, object>? LabelsOf(Article a) => a.Labels.Count == 0 ? null : a.Labels.ToDictionary(l => l.Key, l => (object)l.Value);

    /// <summary>A fetch time as the API writes it: UTC, to the second.</summary>
    public static string? TimeText(DateTimeOffset? fetched) => fetched?.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture);

    public static HitDto From(SearchHit hit, bool withMatches)
    {
        var a = hit.Article;
        return new HitDto(a.Id, a.Title, a.Url, a.Outlet, a.OutletSource, a.Site, a.Published?.ToString("yyyy-MM-dd"), a.Authors,
            a.Countries.Select(c => new CountryDto(c.Code, c.Name)).ToList(), a.People.Select(p => p.Name).ToList(), a.Cites,
            Math.Round(hit.Score, 4), hit.Highlights is null ? null : HighlightsDto.From(hit.Highlights, withMatches), TimeText(a.Fetched), a.Modified?.ToString("yyyy-MM-dd"),
            hit.Copies?.Count ?? 0, hit.Copies?.Original is { } original ? CopyRefDto.From(original) : null,
            hit.Copies?.Original is null ? null : hit.Copies.Rule, hit.Copies?.Outlets) { Labels = LabelsOf(a) };
    }
}

/// <summary>A facet value with its count; <c>name</c> for countries, <c>selected</c> when a filter names it.</summary>
public sealed record FacetValueDto(string Value, string? Name, int Count, bool Selected)
{
    public static IReadOnlyList<FacetValueDto> From(IEnumerable<FacetCount> values) => values.Select(v => new FacetValueDto(v.Value, v.Name, v.Count, v.Selected)).ToList();
}
