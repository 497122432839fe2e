using System.Text.RegularExpressions;

namespace Search.Core.Enrichment;

/// <summary>Splits text into <see cref="WordToken"/>s: dotted acronyms ("U.S.") stay whole, possessives come off.</summary>
public static partial class WordTokenizer
{
    [GeneratedRegex(@"\p{Lu}(?:\.\p{Lu})+\.?|\p{Lu}\.(?=\s\p{Lu})|[\p{L}\p{M}\p{N}]+(?:['’\-][\p{L}\p{M}\p{N}]+)*['’]?")]
    private static partial Regex Word();

    public static List<WordToken> Tokenize(string text)
    {
        var tokens = new List<WordToken>();
        var lastEnd = 0;
        foreach (Match m in Word().Matches(text))
        {
            var word = m.Value;
            var possessive = false;
            if (word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal))
            {
                word = word[..^2];
                possessive = true;
            }
            else if (word.EndsWith('\'') || word.EndsWith('’'))
            {
                word = word[..^1];
                possessive = word.EndsWith('s');
            }
            if (word.Length == 0)
            {
                continue;
            }
            var gap = text.AsSpan(lastEnd, m.Index - lastEnd);
            var sentenceStart = tokens.Count == 0 || OpensSentence(gap, tokens[^1].Text);
            var joined = tokens.Count > 0 && !sentenceStart && !tokens[^1].Possessive && gap.Trim().Length <= (gap.Trim() is "." ? 1 : 0) && gap.Length > 0;
            tokens.Add(new WordToken(word, m.Index, m.Index + word.Length, sentenceStart, possessive, joined));
            lastEnd = m.Index + m.Length;
        }
        return tokens;
    }

    private static bool OpensSentence(ReadOnlySpan<char> gap, string previous)
    {
        foreach (var c in gap)
        {
            if (c is '!' or '?' or '\n' or ':' or '“' or '"' or '(')
            {
                return true;
            }
            // "U.S. officials" and "Gen. Erik" do not end sentences; "Syria." does.
            if (c == '.' && !(previous.Length <= 4 && (previous.Contains('.') || char.IsUpper(previous[0]) && previous.Length <= 3)))
            {
                return true;
            }
        }
        return false;
    }
}
