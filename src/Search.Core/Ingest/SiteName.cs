using System.Text.RegularExpressions;

namespace Search.Core.Ingest;

/// <summary>
/// A publisher's name as a page gives it, made fit for a facet: the tagline cut ("Name | Sport | Sport" → "Name",
/// "Name – News from the valley" → "Name"), and a domain made readable (<c>www.example-news.com</c> →
/// <c>example-news.com</c>). Nothing is invented: a value that does not look like a name is no name.
/// </summary>
public static partial class SiteName
{
    [GeneratedRegex(@"\s+[|–—·•:»]\s+|\s+-\s+")]
    private static partial Regex Separator();

    // In a <title>, a colon belongs to headlines ("Iran: talks resume") more often than to sites.
    [GeneratedRegex(@"\s+[|–—·•»]\s+|\s+-\s+")]
    private static partial Regex TitleSeparator();

    [GeneratedRegex(@"^(?:www\d*|m|amp|mobile)\.", RegexOptions.IgnoreCase)]
    private static partial Regex HostPrefix();

    [GeneratedRegex(@"\b(?:AG|GmbH|mbH|KG|SE|S\.?A\.?S?|S\.?L\.?|S\.?p\.?A\.?|Sp\. z o\.o\.|S\.K\.A|Inc\.?|LLC|Ltd\.?|Limited|plc|PLC|Corp\.?|B\.?V\.?|N\.?V\.?|Oy|AB|ASA)\s*$")]
    private static partial Regex CompanySuffix();

    private const int MaxWords = 8;

    /// <summary>True for a company's legal name ("Tamedia AG", "Ediciones EL PAÍS S.L."): an owner, not an outlet.</summary>
    public static bool IsCompany(string name) => CompanySuffix().IsMatch(name.Trim());

    /// <summary>The name before a tagline; null for a blank value, a URL, or something too long to be a name.</summary>
    public static string? Clean(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        var name = Separator().Split(System.Net.WebUtility.HtmlDecode(value).Trim())[0].Trim().Trim('|', '-', '–', '—', ':', ' ');
        name = string.Join(' ', name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (name.Length < 2 || name.Split(' ').Length > MaxWords || name.Contains("://", StringComparison.Ordinal) || !name.Any(char.IsLetter))
        {
            return null;
        }
        return name;
    }

    /// <summary>
    /// The publisher a page's <c>&lt;title&gt;</c> names beside its headline ("Headline | Name", "Name – Headline"):
    /// the end that is not the headline, when it is short enough to be a name; null when the title does not split so
    /// or no headline is known to tell the two ends apart.
    /// </summary>
    public static string? FromTitle(string? title, string? headline)
    {
        if (string.IsNullOrWhiteSpace(title) || string.IsNullOrWhiteSpace(headline))
        {
            return null;
        }
        var parts = TitleSeparator().Split(title.Trim()).Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
        if (parts.Count < 2)
        {
            return null;
        }
        var head = headline.Trim();
        var candidate = SameText(parts[0], head) ? parts[^1] : SameText(parts[^1], head) ? parts[0] : null;
        return candidate is not null && candidate.Split(' ').Length <= 5 ? Clean(candidate) : null;
    }

    /// <summary>The URL's host without <c>www.</c> (or <c>m.</c>, <c>amp.</c>), lower-cased; null for no URL.</summary>
    public static string? Domain(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && uri.Host.Contains('.')
            ? HostPrefix().Replace(uri.Host.ToLowerInvariant().TrimEnd('.'), "")
            : null;

    private static bool SameText(string a, string b) =>
        string.Equals(a, b, StringComparison.OrdinalIgnoreCase) || a.StartsWith(b, StringComparison.OrdinalIgnoreCase) || b.StartsWith(a, StringComparison.OrdinalIgnoreCase);
}
