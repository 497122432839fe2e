namespace Search.Core.Highlighting;

/// <summary>A text with the ranges of it that match a query.</summary>
public sealed record MarkedText(string Text, IReadOnlyList<TextRange> Matches)
{
    public string ToHtml() => HighlightHtml.ToHtml(Text, Matches);
}
