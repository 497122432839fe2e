using Search.Core.Model;
using Search.Core.Searching;

namespace Search.Api.Contracts;

/// <summary>A whole article. With <c>q</c>, <c>highlights</c> holds the title and the full text as HTML with every match marked, and the match ranges.</summary>
public sealed record ArticleResponse(
    string Id, string? Source, string? Url, string? Outlet, string? OutletSource, string? Site, string? Published, string? Title, IReadOnlyList<string> Authors,
    IReadOnlyList<CountryMention> Countries, IReadOnlyList<PersonMention> People, IReadOnlyList<string> Cites, string Text,
    ArticleHighlightsDto? Highlights, string? Fetched, string? Modified)
{
    /// <summary>The article's labels (such as language), written as properties of their own.</summary>
    [System.Text.Json.Serialization.JsonExtensionData]
    public Dictionary<string, object>? Labels { get; set; }

    public static ArticleResponse From(MarkedArticle m)
    {
        var a = m.Article;
        return new(a.Id, a.Source, a.Url, a.Outlet, a.OutletSource, a.Site, a.Published?.ToString("yyyy-MM-dd"), a.Title, a.Authors, a.Countries, a.People, a.Cites,
            a.Text, m.Text is null ? null : new ArticleHighlightsDto(m.Title?.ToHtml(), m.Text.ToHtml(),
                m.Title is null ? [] : MatchDto.From(m.Title.Text, m.Title.Matches), MatchDto.From(m.Text.Text, m.Text.Matches)),
            HitDto.TimeText(a.Fetched), a.Modified?.ToString("yyyy-MM-dd")) { Labels = HitDto.LabelsOf(a) };
    }
}

/// <summary>The title and text as HTML (escaped, matches in <c>&lt;mark&gt;</c>), and where the matches are (code points).</summary>
public sealed record ArticleHighlightsDto(string? Title, string Text, IReadOnlyList<MatchDto> TitleMatches, IReadOnlyList<MatchDto> TextMatches);
