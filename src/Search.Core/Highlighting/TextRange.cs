namespace Search.Core.Highlighting;

/// <summary>A stretch of a text, from <see cref="Start"/> (inclusive) to <see cref="End"/> (exclusive), in UTF-16 code units.</summary>
public readonly record struct TextRange(int Start, int End) : IComparable<TextRange>
{
    public int Length => End - Start;

    public int CompareTo(TextRange other) => Start != other.Start ? Start.CompareTo(other.Start) : End.CompareTo(other.End);

    /// <summary>Sorted ranges with overlapping or touching ones joined.</summary>
    public static List<TextRange> Merge(List<TextRange> ranges)
    {
        ranges.Sort();
        var merged = new List<TextRange>(ranges.Count);
        foreach (var r in ranges)
        {
            if (merged.Count > 0 && r.Start <= merged[^1].End)
            {
                merged[^1] = merged[^1] with { End = Math.Max(merged[^1].End, r.End) };
            }
            else
            {
                merged.Add(r);
            }
        }
        return merged;
    }
}
