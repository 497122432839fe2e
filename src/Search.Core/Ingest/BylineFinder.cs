using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Search.Core.Ingest;

/// <summary>
/// The authors an HTML page names, from the most to the least explicit source: <c>&lt;meta name=author&gt;</c>,
/// <c>article:author</c> (when it is a name, not a profile address), <c>itemprop=author</c>, <c>rel=author</c> links,
/// elements whose class says byline or author. A byline is cut to its names ("By Jane Doe | June 5" → "Jane Doe";
/// "Von Max Muster" → "Max Muster"); what cannot be a name (an address, a date, a sentence) is left out.
/// </summary>
public static partial class BylineFinder
{
    private static readonly string[] Selectors =
    [
        "[itemprop=author] [itemprop=name]", "[itemprop=author]", "a[rel=author]", "[rel=author]",
        ".byline .author", ".byline__name", ".author-name", ".author_name", ".authorName", ".article-author", ".post-author",
        ".entry-author", ".author a", ".author", ".byline", "[class*=byline]", "[class*=author-name]",
    ];

    [GeneratedRegex(@"^\s*(?:(?:written|posted|published|reported|text|story|words|photos?)\s+by|by|von|par|door|di|por|de|autor(?:in)?|author|auteur|redaktion)\s*:?\s+", RegexOptions.IgnoreCase)]
    private static partial Regex Lead();

    [GeneratedRegex(@"\s*(?:\||•|·|/|\(|\bon\b|\bam\b|\bupdated\b|\bpublished\b|\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{4}-\d{2}-\d{2}|\b\d{1,2}\.? (?:jan|feb|mär|mar|apr|mai|may|jun|jul|aug|sep|okt|oct|nov|dez|dec)).*$", RegexOptions.IgnoreCase)]
    private static partial Regex Tail();

    [GeneratedRegex(@"\s*(?:,|\band\b|\bund\b|\bet\b|&|;)\s*")]
    private static partial Regex Separator();

    [GeneratedRegex(@"^[\p{L}\d][\p{L}\d_.\-]{1,29}$")]
    private static partial Regex Handle();

    [GeneratedRegex(@"^\p{Lu}[\p{L}'’.\-]*(?:\s+(?:\p{Lu}[\p{L}'’.\-]*|de|da|van|von|der|den|al|el|bin|ibn|le|la|du|dos|di|del|y|zu)){0,4}$")]
    private static partial Regex Name();

    public static IReadOnlyList<string>? Find(IDocument document, Func<string, string?> meta)
    {
        if (Names(meta("author"), explicitField: true) is { Count: > 0 } fromMeta)
        {
            return fromMeta;
        }
        if (meta("article:author") is { } articleAuthor && !articleAuthor.Contains("://") && Names(articleAuthor, explicitField: true) is { Count: > 0 } fromArticle)
        {
            return fromArticle;
        }
        foreach (var selector in Selectors)
        {
            foreach (var element in document.QuerySelectorAll(selector).Take(3))
            {
                if (Names(element.TextContent, explicitField: !selector.Contains("byline")) is { Count: > 0 } names)
                {
                    return names;
                }
            }
        }
        return null;
    }

    /// <summary>The names a byline string holds; empty when it holds none.</summary>
    public static List<string> Names(string? byline, bool explicitField = false)
    {
        var found = new List<string>();
        if (string.IsNullOrWhiteSpace(byline) || byline.Length > 200 || byline.Contains('@') || byline.Contains("://"))
        {
            return found;
        }
        var text = Regex.Replace(byline, @"\s+", " ").Trim();
        text = Tail().Replace(Lead().Replace(text, ""), "");
        foreach (var part in Separator().Split(text))
        {
            var name = Lead().Replace(part.Trim().TrimEnd('.', ',', ':'), "").Trim();
            var isName = name.Length is >= 4 and <= 60 && name.Contains(' ') && Name().IsMatch(name);
            // A page's own author field may hold a user name ("gizzmo"): kept when the byline is nothing else.
            var isHandle = explicitField && !name.Contains(' ') && Handle().IsMatch(name) && !name.All(char.IsDigit);
            if ((isName || isHandle) && !found.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                found.Add(name);
            }
        }
        return found;
    }
}
