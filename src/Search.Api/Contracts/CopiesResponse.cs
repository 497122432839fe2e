using Search.Core.Copies;

namespace Search.Api.Contracts;

/// <summary>One paragraph of a copy against the original: same, added (in the copy only) or removed (in the original only).</summary>
public sealed record ParagraphChangeDto(string Kind, string Text);

/// <summary>
/// An article of the story. For a copy, <c>changes</c> lists its paragraphs against the original's in reading order,
/// <c>html</c> shows them (text escaped; added paragraphs in <c>&lt;ins&gt;</c>, removed in <c>&lt;del&gt;</c>), and
/// <c>added</c>/<c>removed</c> count them; <c>credits</c> is the outlet the copy names as its source, if any.
/// </summary>
public sealed record CopyDto(
    string Id, string? Title, string? Outlet, string? Site, string? Published, bool IsOriginal, string? Credits,
    int Added, int Removed, IReadOnlyList<ParagraphChangeDto> Changes, string Html)
{
    public static CopyDto From(CopyView v) => new(v.Article.Id, v.Title, v.Article.Outlet, v.Site, v.Article.Published?.ToString("yyyy-MM-dd"),
        v.IsOriginal, v.Credits, v.Added, v.Removed,
        v.Changes.Select(c => new ParagraphChangeDto(c.Kind.ToString().ToLowerInvariant(), c.Text)).ToList(), ParagraphDiff.Html(v.Changes));
}

/// <summary>
/// The answer of <c>/api/articles/{id}/copies</c>: the story's articles in publication order, its <c>original</c> and the
/// <c>rule</c> that chose it (named-source: a copy names the outlet, whose own article is here; earliest: the first
/// published that names no other source). No copies: <c>original</c> null and no <c>copies</c>.
/// </summary>
public sealed record CopiesResponse(string Id, CopyRefDto? Original, string? Rule, IReadOnlyList<CopyDto> Copies)
{
    public static CopiesResponse From(CopiesResult r) => new(r.Id, r.Original is null ? null : CopyRefDto.From(r.Original), r.Rule,
        r.Members.Select(CopyDto.From).ToList());
}
