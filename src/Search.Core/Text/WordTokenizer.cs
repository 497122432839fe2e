namespace Search.Core.Text;

/// <summary>
/// Splits text into <see cref="WordToken"/>s in one hand-written pass: dotted acronyms ("U.S.") and initials ("H.")
/// stay whole, apostrophes and hyphens inside words are kept ("Ya’alon", "Iranian-backed"), possessives come off.
/// </summary>
public static class WordTokenizer
{
    public static List<WordToken> Tokenize(string text)
    {
        var tokens = new List<WordToken>(text.Length / 6);
        var lastEnd = 0;
        var n = text.Length;
        var i = 0;
        while (i < n)
        {
            if (!IsWordChar(text[i]))
            {
                i++;
                continue;
            }
            var start = i;
            int end;
            if (char.IsUpper(text[i]) && i + 2 < n && text[i + 1] == '.' && char.IsUpper(text[i + 2]))
            {
                // U.S. / U.N. / U.S.A.
                end = i + 1;
                while (end + 1 < n && text[end] == '.' && char.IsUpper(text[end + 1]))
                {
                    end += 2;
                }
                if (end < n && text[end] == '.')
                {
                    end++;
                }
            }
            else if (char.IsUpper(text[i]) && i + 3 < n && text[i + 1] == '.' && char.IsWhiteSpace(text[i + 2]) && char.IsUpper(text[i + 3]))
            {
                end = i + 2; // an initial: "George W. Bush"
            }
            else
            {
                end = i + 1;
                while (end < n)
                {
                    if (IsWordChar(text[end]))
                    {
                        end++;
                    }
                    else if (text[end] is '\'' or '’' or '-' && end + 1 < n && IsWordChar(text[end + 1]))
                    {
                        end += 2;
                    }
                    else
                    {
                        break;
                    }
                }
                if (end < n && text[end] is '\'' or '’')
                {
                    end++;
                }
            }
            Add(tokens, text, start, end, ref lastEnd);
            i = end;
        }
        return tokens;
    }

    private static void Add(List<WordToken> tokens, string text, int start, int end, ref int lastEnd)
    {
        var length = end - start;
        var possessive = false;
        if (length > 2 && text[end - 1] == 's' && text[end - 2] is '\'' or '’')
        {
            length -= 2;
            possessive = true;
        }
        else if (length > 1 && text[end - 1] is '\'' or '’')
        {
            length -= 1;
            possessive = text[start + length - 1] == 's';
        }
        var word = text.Substring(start, length);
        var gap = text.AsSpan(lastEnd, start - lastEnd);
        var sentenceStart = tokens.Count == 0 || OpensSentence(gap, tokens[^1].Text);
        var trimmed = gap.Trim();
        var joined = tokens.Count > 0 && !sentenceStart && !tokens[^1].Possessive && gap.Length > 0
                     && (trimmed.Length == 0 || (trimmed.Length == 1 && trimmed[0] == '.'));
        tokens.Add(new WordToken(word, start, start + length, sentenceStart, possessive, joined));
        lastEnd = end;
    }

    private static bool IsWordChar(char c) =>
        char.IsLetterOrDigit(c) || (c > 0x2FF && char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark);

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
