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

    [GeneratedRegex(@"\s*(?:,|\band\b|&|;)\s*")]
    private static partial Regex NameSeparator();

    [GeneratedRegex(@"^\p{Lu}[\p{L}'’.-]*(?: (?:\p{Lu}[\p{L}'’.-]*|de|da|van|von|der|al|el|bin|ibn|le|la|du|dos)){1,4}$")]
    private static partial Regex PersonName();

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
        // A byline may go on with the outlet or a date: "By Jane Doe, Reuters | June 5".
        var names = m.Groups["names"].Value.Split('|')[0];
        foreach (var part in NameSeparator().Split(names))
        {
            var name = part.Trim().TrimEnd('.', ',');
            if (PersonName().IsMatch(name) && outlets.FindByName(name) is null && !found.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                found.Add(name);
            }
        }
    }
}
