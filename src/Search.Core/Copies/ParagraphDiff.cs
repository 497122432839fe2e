using System.Text;
using Search.Core.Highlighting;

namespace Search.Core.Copies;

public enum ParagraphChangeKind
{
    /// <summary>In both the original and the copy.</summary>
    Same,

    /// <summary>In the copy only: a new intro, an inserted line, an edited paragraph's new wording.</summary>
    Added,

    /// <summary>In the original only: a cut ending, an edited paragraph's old wording.</summary>
    Removed,
}

public sealed record ParagraphChange(ParagraphChangeKind Kind, string Text);

/// <summary>
/// What a copy adds to or leaves out of its original, paragraph by paragraph: the longest common subsequence of the two
/// texts' paragraphs (compared with spacing and case ignored), the rest added or removed in reading order.
/// </summary>
public static class ParagraphDiff
{
    // Beyond this many paragraph pairs the table would be large: paragraphs are then matched by equality alone.
    private const long MaxCells = 4_000_000;

    public static IReadOnlyList<ParagraphChange> Between(string original, string copy)
    {
        var a = Paragraphs(original);
        var b = Paragraphs(copy);
        var ka = a.Select(Key).ToArray();
        var kb = b.Select(Key).ToArray();
        if ((long)a.Count * b.Count > MaxCells)
        {
            var inCopy = kb.ToHashSet(StringComparer.Ordinal);
            var inOriginal = ka.ToHashSet(StringComparer.Ordinal);
            return [.. b.Select((p, i) => new ParagraphChange(inOriginal.Contains(kb[i]) ? ParagraphChangeKind.Same : ParagraphChangeKind.Added, p)),
                .. a.Where((_, i) => !inCopy.Contains(ka[i])).Select(p => new ParagraphChange(ParagraphChangeKind.Removed, p))];
        }
        // lengths[i, j]: the longest common run of a[i..] and b[j..].
        var lengths = new int[a.Count + 1, b.Count + 1];
        for (var i = a.Count - 1; i >= 0; i--)
        {
            for (var j = b.Count - 1; j >= 0; j--)
            {
                lengths[i, j] = ka[i] == kb[j] ? lengths[i + 1, j + 1] + 1 : Math.Max(lengths[i + 1, j], lengths[i, j + 1]);
            }
        }
        var changes = new List<ParagraphChange>();
        int x = 0, y = 0;
        while (x < a.Count || y < b.Count)
        {
            if (x < a.Count && y < b.Count && ka[x] == kb[y])
            {
                changes.Add(new ParagraphChange(ParagraphChangeKind.Same, b[y]));
                x++;
                y++;
            }
            else if (x < a.Count && (y == b.Count || lengths[x + 1, y] >= lengths[x, y + 1]))
            {
                changes.Add(new ParagraphChange(ParagraphChangeKind.Removed, a[x++]));
            }
            else
            {
                changes.Add(new ParagraphChange(ParagraphChangeKind.Added, b[y++]));
            }
        }
        return changes;
    }

    /// <summary>The changes as HTML: every paragraph escaped, added ones in <c>&lt;ins&gt;</c>, removed ones in <c>&lt;del&gt;</c>.</summary>
    public static string Html(IEnumerable<ParagraphChange> changes)
    {
        var html = new StringBuilder();
        foreach (var change in changes)
        {
            var tag = change.Kind switch
            {
                ParagraphChangeKind.Added => "ins",
                ParagraphChangeKind.Removed => "del",
                _ => null,
            };
            html.Append(tag is null ? "<p>" : $"<p><{tag}>");
            HighlightHtml.AppendEscaped(html, change.Text);
            html.Append(tag is null ? "</p>" : $"</{tag}></p>");
        }
        return html.ToString();
    }

    private static List<string> Paragraphs(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();

    private static string Key(string paragraph) =>
        string.Join(' ', paragraph.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();
}
