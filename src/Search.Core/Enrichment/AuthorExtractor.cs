using System.Text.RegularExpressions;

namespace Search.Core.Enrichment;

/// <summary>
/// Authors from byline lines ("By …", "Author: …", "Written by …") before or at the top of the article, and from
/// "Articles by: …" in the footer. People quoted in the story are never authors.
/// </summary>
public static partial class AuthorExtractor
{
    [GeneratedRegex(@"^(?:by|written by|words by|author|authors|reporting by)\s*:?\s+(?<names>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex Byline();

    [GeneratedRegex(@"^(?:articles by|posted by|written by)\s*:?\s+(?<names>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex FooterByline();

    public static IReadOnlyList<string> Extract(PageLayout page, OutletRegistry outlets)
    {
        var found = new List<string>();
        var lines = page.Header.Concat(page.Body.Take(2).Where(l => l.Length < 80));
        foreach (var line in lines)
        {
            Add(Byline().Match(line), found, outlets);
        }
        foreach (var line in page.Footer)
        {
            Add(FooterByline().Match(line), found, outlets);
        }
        return found;
    }

    private static void Add(Match m, List<string> found, OutletRegistry outlets)
    {
        if (!m.Success)
        {
            return;
        }
        // A byline may go on with the outlet or a date: "By Jane Doe, Reuters | June 5". Names are cut from it the way
        // an HTML page's byline is (BylineFinder); an outlet is not an author.
        foreach (var name in Search.Core.Ingest.BylineFinder.Names(m.Groups["names"].Value.Split('|')[0]))
        {
            if (outlets.FindByName(name) is null && !found.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                found.Add(name);
            }
        }
    }
}
