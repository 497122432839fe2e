namespace Search.Core.Enrichment.Tagging;

/// <summary>A run of tokens the tagger gave one entity kind ("PER", "ORG", "LOC"): tokens [Start, End).</summary>
public readonly record struct NameSpan(int Start, int End, string Kind)
{
    public int Length => End - Start;

    /// <summary>The spans a tag sequence spells; an I- tag after a different kind opens a new span.</summary>
    public static List<NameSpan> FromTags(ReadOnlySpan<int> tags)
    {
        var spans = new List<NameSpan>();
        var start = -1;
        string? kind = null;
        for (var i = 0; i <= tags.Length; i++)
        {
            var k = i < tags.Length ? NameTags.Kind(tags[i]) : null;
            var continues = k is not null && k == kind && !NameTags.IsBegin(tags[i]);
            if (continues)
            {
                continue;
            }
            if (kind is not null)
            {
                spans.Add(new NameSpan(start, i, kind));
            }
            kind = k;
            start = i;
        }
        return spans;
    }
}
