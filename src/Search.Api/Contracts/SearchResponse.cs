using Search.Core.Searching;

namespace Search.Api.Contracts;

/// <summary>The answer of <c>/api/search</c>. Highlights are HTML: article text escaped, matches in <c>&lt;mark&gt;</c>.</summary>
public sealed record SearchResponse(
    string Query, int Total, double ProcessingTimeMs, IReadOnlyList<HitDto> Hits,
    IReadOnlyDictionary<string, IReadOnlyList<FacetValueDto>> Facets, string? NextCursor);

public sealed record CountryDto(string Code, string? Name);

public sealed record HighlightsDto(string? Title, IReadOnlyList<string> Body);

public sealed record HitDto(
    string Id, string? Title, string? Url, string? Outlet, string? Site, string? Published, IReadOnlyList<string> Authors,
    IReadOnlyList<CountryDto> Countries, IReadOnlyList<string> People, IReadOnlyList<string> Cites, double Score, HighlightsDto? Highlights)
{
    public static HitDto From(SearchHit hit, bool withHighlights)
    {
        var a = hit.Article;
        return new HitDto(a.Id, a.Title, a.Url, a.Outlet, a.Site, a.Published?.ToString("yyyy-MM-dd"), a.Authors,
            a.Countries.Select(c => new CountryDto(c.Code, c.Name)).ToList(), a.People.Select(p => p.Name).ToList(), a.Cites,
            Math.Round(hit.Score, 4), withHighlights ? new HighlightsDto(hit.TitleHighlight, hit.BodyHighlights) : null);
    }
}

/// <summary>A facet value with its count; <c>name</c> for countries, <c>selected</c> when a filter names it.</summary>
public sealed record FacetValueDto(string Value, string? Name, int Count, bool Selected);
