using System.Net;
using System.Text;

namespace Search.Core.Searching;

/// <summary>
/// Escape, then highlight: every character of article text is HTML-escaped and only <c>&lt;mark&gt;</c> tags are added.
/// Body passages are whole sentences of about the requested length, chosen by how many distinct query terms they hold
/// (then how many matches), and returned in document order; with no match, the opening passage unmarked.
/// </summary>
public static class PassageHighlighter
{
    public static string Mark(string text, IReadOnlyList<(int Start, int End)> spans, int from = 0, int to = -1)
    {
        if (to < 0)
        {
            to = text.Length;
        }
        var sb = new StringBuilder(to - from + spans.Count * 13);
        var at = from;
        foreach (var (start, end) in spans)
        {
            if (end <= from || start >= to)
            {
                continue;
            }
            var s = Math.Max(start, from);
            var e = Math.Min(end, to);
            sb.Append(WebUtility.HtmlEncode(text[at..s])).Append("<mark>").Append(WebUtility.HtmlEncode(text[s..e])).Append("</mark>");
            at = e;
        }
        sb.Append(WebUtility.HtmlEncode(text[at..to]));
        return sb.ToString();
    }

    public static IReadOnlyList<string> Passages(string text, IReadOnlyList<(int Start, int End)> spans, int count, int size)
    {
        if (text.Length == 0)
        {
            return [];
        }
        var passages = Split(text, size);
        if (spans.Count == 0)
        {
            return [Mark(text, spans, passages[0].Start, passages[0].End)];
        }
        // One pass over the sorted spans: each passage's matches and distinct matched words.
        var scored = new List<(int Index, int Distinct, int Matches)>();
        var s = 0;
        var words = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var p = 0; p < passages.Count && s < spans.Count; p++)
        {
            var (start, end) = passages[p];
            while (s < spans.Count && spans[s].End <= start)
            {
                s++;
            }
            words.Clear();
            var matches = 0;
            for (var k = s; k < spans.Count && spans[k].Start < end; k++)
            {
                if (spans[k].Start >= start && spans[k].End <= end)
                {
                    matches++;
                    words.Add(text.Substring(spans[k].Start, spans[k].End - spans[k].Start));
                }
            }
            if (matches > 0)
            {
                scored.Add((p, words.Count, matches));
            }
        }
        var chosen = scored.OrderByDescending(x => x.Distinct).ThenByDescending(x => x.Matches).ThenBy(x => x.Index)
            .Take(count).Select(x => x.Index).Order().ToList();
        if (chosen.Count == 0)
        {
            chosen = [0];
        }
        return chosen.Select(p => Mark(text, spans, passages[p].Start, passages[p].End)).ToList();
    }

    /// <summary>Sentence-aligned passages of about <paramref name="size"/> characters (a long sentence is cut at a space).</summary>
    private static List<(int Start, int End)> Split(string text, int size)
    {
        var passages = new List<(int, int)>();
        var start = 0;
        while (start < text.Length)
        {
            while (start < text.Length && char.IsWhiteSpace(text[start]))
            {
                start++;
            }
            if (start >= text.Length)
            {
                break;
            }
            var end = start;
            while (end < text.Length)
            {
                var next = NextSentenceEnd(text, end);
                if (next - start > size * 5 / 4 && end > start)
                {
                    break;
                }
                end = next;
                if (end - start >= size * 3 / 4)
                {
                    break;
                }
            }
            if (end - start > size * 5 / 4)
            {
                var cut = text.LastIndexOf(' ', Math.Min(text.Length - 1, start + size), Math.Min(size, text.Length - start - 1));
                end = cut > start ? cut : Math.Min(text.Length, start + size);
            }
            passages.Add((start, end));
            start = end;
        }
        return passages;
    }

    // "U.S." and "Gen." do not end sentences: a dot after a lone capital or a dotted acronym.
    private static bool IsAbbreviation(string text, int dot) =>
        text[dot] == '.' && dot >= 1 && char.IsUpper(text[dot - 1]) && (dot == 1 || !char.IsLetter(text[dot - 2]));

    private static int NextSentenceEnd(string text, int from)
    {
        for (var i = from; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n' || ((c is '.' or '!' or '?') && (i + 1 == text.Length || char.IsWhiteSpace(text[i + 1]) || text[i + 1] is '"' or '”' or '’') && !IsAbbreviation(text, i)))
            {
                var end = i + 1;
                while (end < text.Length && text[end] is '"' or '”' or '’' or ')')
                {
                    end++;
                }
                return end;
            }
        }
        return text.Length;
    }
}
