namespace Search.Core.Highlighting;

/// <summary>
/// A passage of a text chosen to show why it matched: where it stands in the text and the matches inside it, all as
/// offsets into that text. Turned into HTML by <see cref="HighlightHtml"/>, or handed to clients to render themselves.
/// </summary>
public sealed record Passage(int Start, int End, IReadOnlyList<TextRange> Matches)
{
    /// <summary>The passage's own text and its matches relative to it (what the API sends).</summary>
    public MarkedText Cut(ReadOnlySpan<char> text) =>
        new(new string(text[Start..End]), Matches.Select(m => new TextRange(m.Start - Start, m.End - Start)).ToList());
}
