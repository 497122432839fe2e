using Search.Core.Model;

namespace Search.Api.Contracts;

/// <summary>A whole article. With <c>q</c>, <c>highlights</c> holds the title and the full text as HTML with every match marked.</summary>
public sealed record ArticleResponse(
    string Id, string? Source, string? Url, string? Outlet, string? Site, string? Published, string? Title, IReadOnlyList<string> Authors,
    IReadOnlyList<CountryMention> Countries, IReadOnlyList<PersonMention> People, IReadOnlyList<string> Cites, string Text,
    ArticleHighlightsDto? Highlights)
{
    public static ArticleResponse From(Article a, string? titleHtml, string? textHtml) => new(
        a.Id, a.Source, a.Url, a.Outlet, a.Site, a.Published?.ToString("yyyy-MM-dd"), a.Title, a.Authors, a.Countries, a.People, a.Cites,
        a.Text, textHtml is null ? null : new ArticleHighlightsDto(titleHtml, textHtml));
}

public sealed record ArticleHighlightsDto(string? Title, string Text);
