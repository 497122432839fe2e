using Search.Core.Highlighting;

namespace Search.Api.Contracts;

/// <summary>
/// Where a match stands in a text: <c>start</c> and <c>length</c> in Unicode code points (Python's string indexes:
/// <c>text[m["start"]:m["start"] + m["length"]]</c>), so a notebook can render matches its own way.
/// </summary>
public sealed record MatchDto(int Start, int Length)
{
    /// <summary>The ranges (UTF-16 offsets, sorted) in code points, in one walk over the text.</summary>
    public static IReadOnlyList<MatchDto> From(string text, IReadOnlyList<TextRange> ranges)
    {
        var result = new List<MatchDto>(ranges.Count);
        int unit = 0, point = 0;
        int Advance(int to)
        {
            for (; unit < to; unit++)
            {
                if (!(char.IsLowSurrogate(text[unit]) && unit > 0 && char.IsHighSurrogate(text[unit - 1])))
                {
                    point++;
                }
            }
            return point;
        }
        foreach (var r in ranges)
        {
            var start = Advance(r.Start);
            result.Add(new MatchDto(start, Advance(r.End) - start));
        }
        return result;
    }
}

/// <summary>A passage of plain text and its matches (offsets relative to it, in code points).</summary>
public sealed record PassageDto(string Text, IReadOnlyList<MatchDto> Matches)
{
    public static PassageDto From(MarkedText marked) => new(marked.Text, MatchDto.From(marked.Text, marked.Matches));
}
