namespace Search.Core.Enrichment;

/// <summary>A page split into what comes before the article (menus, headline, byline), the article's paragraphs, and what follows.</summary>
public sealed record PageLayout(IReadOnlyList<string> Header, IReadOnlyList<string> Body, IReadOnlyList<string> Footer)
{
    public string BodyText => string.Join("\n\n", Body);
}
