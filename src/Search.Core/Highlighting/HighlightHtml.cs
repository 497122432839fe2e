using System.Buffers;
using System.Text;

namespace Search.Core.Highlighting;

/// <summary>
/// Escape, then mark: the one place highlighted HTML is made. Every piece of text, inside <c>&lt;mark&gt;</c> as well
/// as between, goes through <see cref="AppendEscaped"/>; the only tags added are <c>&lt;mark&gt;</c> and <c>&lt;/mark&gt;</c>.
/// </summary>
public static class HighlightHtml
{
    private const string Open = "<mark>";
    private const string Close = "</mark>";
    private static readonly SearchValues<char> HtmlSpecial = SearchValues.Create("<>&\"'");

    /// <summary>The text from <paramref name="from"/> to <paramref name="to"/> as HTML, the parts of it in <paramref name="matches"/> marked.</summary>
    public static string ToHtml(string text, IReadOnlyList<TextRange> matches, int from = 0, int to = -1)
    {
        if (to < 0)
        {
            to = text.Length;
        }
        var sb = new StringBuilder(to - from + matches.Count * (Open.Length + Close.Length) + 16);
        var at = from;
        foreach (var (start, end) in matches)
        {
            if (end <= from || start >= to || start < at)
            {
                continue;
            }
            var s = Math.Max(start, from);
            var e = Math.Min(end, to);
            AppendEscaped(sb, text.AsSpan(at, s - at));
            sb.Append(Open);
            AppendEscaped(sb, text.AsSpan(s, e - s));
            sb.Append(Close);
            at = e;
        }
        AppendEscaped(sb, text.AsSpan(at, to - at));
        return sb.ToString();
    }

    /// <summary>A passage of <paramref name="text"/> as HTML.</summary>
    public static string ToHtml(string text, Passage passage) => ToHtml(text, passage.Matches, passage.Start, passage.End);

    /// <summary>Appends text with the five characters that matter in HTML content and attributes escaped.</summary>
    public static void AppendEscaped(StringBuilder sb, ReadOnlySpan<char> text)
    {
        while (true)
        {
            var i = text.IndexOfAny(HtmlSpecial);
            if (i < 0)
            {
                sb.Append(text);
                return;
            }
            sb.Append(text[..i]).Append(text[i] switch
            {
                '<' => "&lt;",
                '>' => "&gt;",
                '&' => "&amp;",
                '"' => "&quot;",
                _ => "&#39;",
            });
            text = text[(i + 1)..];
        }
    }
}
