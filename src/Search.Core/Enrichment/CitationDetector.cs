using System.Text.RegularExpressions;

namespace Search.Core.Enrichment;

/// <summary>
/// The outlets and agencies a body cites as sources: registry names with a reporting cue nearby ("the Wall Street
/// Journal reported", "told Axios", "a 2004 Guardian article"). The article's own outlet and site are not citations.
/// </summary>
public sealed partial class CitationDetector(OutletRegistry registry)
{
    private const int Window = 70;

    [GeneratedRegex(@"\b(?:report(?:ed|s|ing)?|told|tell|according|cit(?:ed|ing)|not(?:ed|es)|wr(?:ote|ites)|article|interview|quot(?:ed|ing)|reveal(?:ed|s)|sa(?:id|ys)|published|claim(?:ed|s)|editorial|op-ed|story|investigation|analysis|obtained|learned)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Cue();

    public IReadOnlyList<string> Detect(PageLayout page, string? outlet, string? site)
    {
        var cited = new List<string>();
        for (var p = 0; p < page.Body.Count; p++)
        {
            var paragraph = page.Body[p];
            foreach (var m in registry.FindIn(page.BodyTokens[p]))
            {
                var name = m.Outlet.Name;
                if (name == outlet || name == site || cited.Contains(name))
                {
                    continue;
                }
                var from = Math.Max(0, m.Index - Window);
                var to = Math.Min(paragraph.Length, m.Index + m.Length + Window);
                if (Cue().IsMatch(paragraph.AsSpan(from, m.Index - from)) || Cue().IsMatch(paragraph.AsSpan(m.Index + m.Length, to - m.Index - m.Length)))
                {
                    cited.Add(name);
                }
            }
        }
        return cited;
    }
}
