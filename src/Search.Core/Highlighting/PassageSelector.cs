using System.Buffers;

namespace Search.Core.Highlighting;

/// <summary>
/// Chooses the passages of a text that show why it matched, as data (<see cref="Passage"/>: offsets and the matches
/// inside): whole sentences of about the requested length, ranked by how many distinct matched words they hold (then
/// how many matches), returned in text order; with no match, the opening passage. <see cref="HighlightHtml"/> renders them.
/// </summary>
public static class PassageSelector
{
    /// <summary>At most <paramref name="count"/> passages of about <paramref name="size"/> characters; <paramref name="spans"/> sorted and disjoint.</summary>
    public static IReadOnlyList<Passage> Select(ReadOnlySpan<char> text, IReadOnlyList<TextRange> spans, int count, int size)
    {
        if (text.Length == 0)
        {
            return [];
        }
        // Passages after the last match can never be chosen: the split stops there.
        var passages = Split(text, size, spans.Count == 0 ? 0 : spans[^1].End);
        if (spans.Count == 0)
        {
            return [new Passage(passages[0].Start, passages[0].End, [])];
        }
        // One pass over the sorted spans: each passage's matches and distinct matched words.
        var scored = new List<(int Index, int Distinct, int Matches)>();
        var s = 0;
        for (var p = 0; p < passages.Count && s < spans.Count; p++)
        {
            var (start, end) = passages[p];
            while (s < spans.Count && spans[s].End <= start)
            {
                s++;
            }
            int matches = 0, distinct = 0;
            for (var k = s; k < spans.Count && spans[k].Start < end; k++)
            {
                if (spans[k].Start >= start && spans[k].End <= end)
                {
                    matches++;
                    if (!SeenBefore(text, spans, s, k, start))
                    {
                        distinct++;
                    }
                }
            }
            if (matches > 0)
            {
                scored.Add((p, distinct, matches));
            }
        }
        var chosen = scored.OrderByDescending(x => x.Distinct).ThenByDescending(x => x.Matches).ThenBy(x => x.Index)
            .Take(count).Select(x => x.Index).Order().ToList();
        if (chosen.Count == 0)
        {
            chosen = [0];
        }
        return chosen.Select(p => new Passage(passages[p].Start, passages[p].End, Inside(spans, passages[p].Start, passages[p].End))).ToList();
    }

    // The matches within a passage (a match across its edge is cut to it).
    private static List<TextRange> Inside(IReadOnlyList<TextRange> spans, int start, int end)
    {
        var inside = new List<TextRange>();
        foreach (var s in spans)
        {
            if (s.End > start && s.Start < end)
            {
                inside.Add(new TextRange(Math.Max(s.Start, start), Math.Min(s.End, end)));
            }
        }
        return inside;
    }

    // Whether the words of span k were already matched in this passage (spans from..k-1 that start in it), ignoring case.
    private static bool SeenBefore(ReadOnlySpan<char> text, IReadOnlyList<TextRange> spans, int from, int k, int passageStart)
    {
        var word = text.Slice(spans[k].Start, spans[k].End - spans[k].Start);
        for (var j = from; j < k; j++)
        {
            if (spans[j].Start >= passageStart && text.Slice(spans[j].Start, spans[j].End - spans[j].Start).Equals(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Sentence-aligned passages of about <paramref name="size"/> characters (a long sentence is cut at a space), from
    /// the start of the text to the passage that holds <paramref name="until"/>.
    /// </summary>
    private static List<(int Start, int End)> Split(ReadOnlySpan<char> text, int size, int until)
    {
        var passages = new List<(int, int)>();
        var start = 0;
        while (start < text.Length && (passages.Count == 0 || start < until))
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
                var cut = LastSpace(text, Math.Min(text.Length - 1, start + size), Math.Min(size, text.Length - start - 1));
                end = cut > start ? cut : Math.Min(text.Length, start + size);
            }
            passages.Add((start, end));
            start = end;
        }
        return passages;
    }

    // The last space at or before index from, looking back over count characters; -1 when there is none.
    private static int LastSpace(ReadOnlySpan<char> text, int from, int count)
    {
        if (count <= 0)
        {
            return -1;
        }
        var start = from - count + 1;
        var at = text.Slice(start, count).LastIndexOf(' ');
        return at < 0 ? -1 : start + at;
    }

    // "U.S." and "Gen." do not end sentences: a dot after a lone capital or a dotted acronym.
    private static bool IsAbbreviation(ReadOnlySpan<char> text, int dot) =>
        text[dot] == '.' && dot >= 1 && char.IsUpper(text[dot - 1]) && (dot == 1 || !char.IsLetter(text[dot - 2]));

    private static readonly SearchValues<char> SentenceMarks = SearchValues.Create("\n.!?");

    private static int NextSentenceEnd(ReadOnlySpan<char> text, int from)
    {
        for (var i = from; i < text.Length; i++)
        {
            var skip = text[i..].IndexOfAny(SentenceMarks);
            if (skip < 0)
            {
                break;
            }
            i += skip;
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
