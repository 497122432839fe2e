using System.Text.RegularExpressions;

namespace Search.Core.Enrichment;

/// <summary>Undoes the marks scraping leaves in page text: markdown links, escaped dollars, odd spaces, paragraphs glued together.</summary>
public static partial class TextNormalizer
{
    [GeneratedRegex(@"\[([^\]\n]{0,300})\]\([^)\s]*\)")]
    private static partial Regex MarkdownLink();

    // "…tell Axios.Why it matters:" — a sentence end directly followed by a capitalised word: a lost paragraph break.
    [GeneratedRegex(@"(?<=[a-z0-9%)\]][.!?][""”’]?)(?=[A-Z][a-z]{2,}[\s:,])")]
    private static partial Regex GluedSentence();

    // Runs of spaces that are not already one plain space (replacing every single space with itself rebuilt the
    // whole text around each word gap: most of the normaliser's time).
    [GeneratedRegex(@"[\t\u00A0\u2000-\u200A\u202F\u205F\u3000][ \t\u00A0\u2000-\u200A\u202F\u205F\u3000]*| [ \t\u00A0\u2000-\u200A\u202F\u205F\u3000]+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"[\u200B-\u200D\u2060\uFEFF]")]
    private static partial Regex ZeroWidth();

    // Image and file names left in the text ("IMG_2034.jpg", "USS_George_H.W._Bush_syria24.11.11The US …"): two
    // underscores in one run of non-spaces is never prose. A name glued to the next sentence keeps that sentence.
    [GeneratedRegex(@"(?<!\S)\S*_\S*_\S*(?=\p{Lu}\p{Ll})|(?<!\S)\S*_\S*_\S*(?!\S)")]
    private static partial Regex FileName();

    public static string Normalize(string text)
    {
        text = text.Replace("\r\n", "\n").Replace('\r', '\n');
        // Each pattern runs only on text that has the character it needs: the file-name pattern starts anywhere.
        if (text.Contains("](", StringComparison.Ordinal))
        {
            text = MarkdownLink().Replace(text, "$1");
        }
        text = text.Replace("\\$", "$");
        text = ZeroWidth().Replace(text, "");
        if (text.Contains('_'))
        {
            text = FileName().Replace(text, "");
        }
        text = Spaces().Replace(text, " ");
        return text;
    }

    /// <summary>Splits a line where a sentence end runs straight into the next paragraph.</summary>
    public static IEnumerable<string> SplitGlued(string line) =>
        line.Length < 200 ? [line] : GluedSentence().Split(line).Select(s => s.Trim()).Where(s => s.Length > 0);
}
