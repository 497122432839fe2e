using System.Text.RegularExpressions;

namespace Search.Core.Enrichment;

/// <summary>
/// Which outlet wrote the story and which site published the page. The site comes from the URL's host and the page's
/// own chrome (mastheads, taglines, copyright lines); the outlet is the site unless the page says it reposts another
/// outlet's story ("The original source of this article is …", "originally published by …") or the body speaks as
/// another outlet ("told Axios", "DEBKAfile's sources", "as Axios reported"). Unknown stays null.
/// </summary>
public sealed partial class OutletDetector(OutletRegistry registry)
{
    [GeneratedRegex(@"\b(?:the original source of this article is|(?:was |were )?(?:first |originally )(?:published|appeared)(?: in| on| at| by)?)\s+(?:the\s+)?(?<name>[\p{Lu}][\p{L}\p{N}'’.&-]*(?:\s+[\p{Lu}][\p{L}\p{N}'’.&-]*){0,5})", RegexOptions.IgnoreCase)]
    private static partial Regex OriginalSource();

    [GeneratedRegex(@"^(?<name>\S+(?: \S+)?) logo$", RegexOptions.IgnoreCase)]
    private static partial Regex LogoLine();

    // The body speaking as an outlet: an interview given to it, its own sources, its own earlier report, a paragraph it signs.
    [GeneratedRegex(@"\b(?:told|tell|tells|telling)\s+(?:the\s+)?$|\b(?:as|first)\s+(?:the\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex SelfBefore();

    [GeneratedRegex(@"^(?:['’]s?\s+(?:\w+\s+)?sources\b|\s+has\s+learned\b|\s+understands\b|:|\s+(?:first\s+)?reported\s+last\s+(?:week|month)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex SelfAfter();

    // The body citing an outlet as a third party.
    [GeneratedRegex(@"\b(?:according to|citing|cited by|quoted by|quoting)\s+(?:the\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex CitedBefore();

    [GeneratedRegex(@"^\s+(?:\w+\s+){0,2}(?:reported|reports|noted|notes|wrote|writes|said|says|revealed|claimed)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CitedAfter();

    // A wire's dateline or credit: "KYIV (Reuters) -", "(AP) —" opening the story, "— AFP" closing its first paragraph.
    [GeneratedRegex(@"^(?:[\p{Lu}][\p{L}\p{M}\p{N} .,'’/-]{0,60}\s)?\((?<name>[\p{L}][\p{L} .&-]{1,40})\)\s*[-–—]|\s[-–—]\s*(?<name>[\p{Lu}][\p{L}]{1,20})\.?$")]
    private static partial Regex WireCredit();

    private const int ContextChars = 60;

    /// <param name="page">The page, cleaned.</param>
    /// <param name="url">Where it was published.</param>
    /// <param name="title">Its headline.</param>
    /// <param name="pageNamesItself">The page's metadata names its publisher: only an explicit repost cue or a wire's
    /// credit then makes another outlet the original, not the body's way of speaking (which misreads quotes and links).</param>
    public (string? Outlet, string? Site) Detect(PageLayout page, string? url, string? title, bool pageNamesItself = false)
    {
        var site = SiteFromUrl(url) ?? SiteFromChrome(page, title);
        var original = ExplicitOriginal(page) ?? WireDateline(page) ?? (pageNamesItself ? null : OriginalFromBody(page, site));
        if (site is null && page.Header.Select(l => LogoLine().Match(l)).FirstOrDefault(m => m.Success) is { } logo)
        {
            site = logo.Groups["name"].Value;
        }
        return (original ?? (IsRegistered(site) ? site : null), site);
    }

    private bool IsRegistered(string? name) => name is not null && registry.FindByName(name) is not null;

    private string? SiteFromUrl(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Host.Length > 0
            ? registry.FindByHost(uri.Host)?.Name ?? uri.Host.ToLowerInvariant().Replace("www.", "", StringComparison.Ordinal)
            : null;

    private string? SiteFromChrome(PageLayout page, string? title)
    {
        var scores = new Dictionary<OutletEntry, int>();
        foreach (var line in page.Header.Concat(page.Footer))
        {
            if (line == title)
            {
                continue;
            }
            foreach (var m in registry.FindIn(line))
            {
                scores[m.Outlet] = scores.GetValueOrDefault(m.Outlet) + (m.IsCue ? 3 : 1);
            }
        }
        return scores.Count == 0 ? null : scores.MaxBy(kv => kv.Value).Key.Name;
    }

    // A story whose first paragraph carries a wire's dateline, or whose first or last paragraph its credit, is that wire's,
    // wherever the page stands. (A credited first line without a full stop reads as no prose: it is the header's last.)
    private string? WireDateline(PageLayout page) =>
        page.Body.Take(1).Concat(page.Header.TakeLast(1)).Concat(page.Body.TakeLast(1)).Select(p => WireCredit().Match(p)).Where(m => m.Success)
            .Select(m => registry.FindByName(m.Groups["name"].Value.Trim())?.Name).FirstOrDefault(n => n is not null);

    private string? ExplicitOriginal(PageLayout page)
    {
        foreach (var line in page.Footer.Concat(page.Body.TakeLast(3)).Concat(page.Body.Take(2)))
        {
            var m = OriginalSource().Match(line);
            if (!m.Success)
            {
                continue;
            }
            var name = m.Groups["name"].Value.TrimEnd('.', ',');
            var known = registry.FindIn(name).FirstOrDefault();
            if (known.Outlet is not null && known.Index == 0)
            {
                return known.Outlet.Name;
            }
            if (registry.FindByName(name) is { } entry)
            {
                return entry.Name;
            }
            return name.Split(' ').Length <= 4 ? name : null;
        }
        return null;
    }

    private string? OriginalFromBody(PageLayout page, string? site)
    {
        var scores = new Dictionary<OutletEntry, int>();
        for (var p = 0; p < page.Body.Count; p++)
        {
            var paragraph = page.Body[p];
            foreach (var m in registry.FindIn(page.BodyTokens[p]))
            {
                // The words just around the name are enough to read how the body speaks of the outlet.
                var from = Math.Max(0, m.Index - ContextChars);
                var before = paragraph.AsSpan(from, m.Index - from);
                var afterStart = m.Index + m.Length;
                var after = paragraph.AsSpan(afterStart, Math.Min(ContextChars, paragraph.Length - afterStart));
                var score = 0;
                if (SelfAfter().IsMatch(after) || (before.Length > 0 && SelfBefore().IsMatch(before)) || (m.IsCue && m.Index == 0))
                {
                    score++;
                }
                if (CitedBefore().IsMatch(before) || CitedAfter().IsMatch(after))
                {
                    score--;
                }
                scores[m.Outlet] = scores.GetValueOrDefault(m.Outlet) + score;
            }
        }
        var best = scores.Where(kv => kv.Value > 0).OrderByDescending(kv => kv.Value).Select(kv => kv.Key).FirstOrDefault();
        return best is null || best.Name == site ? null : best.Name;
    }
}
