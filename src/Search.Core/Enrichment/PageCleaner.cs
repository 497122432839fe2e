using Search.Core.Ingest;

namespace Search.Core.Enrichment;

/// <summary>
/// Finds the article inside a scraped page. The article starts at the first line of real prose and ends at the first
/// end-of-article marker after it (comments, related stories, copyright); inside it, noise lines and short
/// non-sentence lines (related-story links, menu crumbs) are dropped. Paragraphs are kept.
/// </summary>
public sealed partial class PageCleaner(BoilerplateRules rules)
{
    // A "read more" line (not a share button or a caption): the short line beside it is a related story's title.
    [System.Text.RegularExpressions.GeneratedRegex(@"^(read|see|watch|listen|related|more|also|lire|à lire|a lire|lesen|lies|czytaj|zobacz|leggi|lee|ver|voir|mehr)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex ReadMore();

    private const int MinStartWords = 8;
    private const int LongLineWords = 25;
    private const int ProseWithoutStopWords = 12;

    public PageLayout Clean(string text, TextKind kind)
    {
        var lines = TextNormalizer.Normalize(text).Split('\n')
            .Select(l => l.Trim())
            .Where(l => l.Length > 0)
            .SelectMany(TextNormalizer.SplitGlued)
            .ToList();

        if (kind == TextKind.ArticleText)
        {
            return new PageLayout([], lines, []);
        }

        // Each line is matched against the patterns once.
        var noise = lines.Select(rules.IsNoise).ToArray();
        var start = Enumerable.Range(0, lines.Count).FirstOrDefault(i => !noise[i] && StartsArticle(lines[i]), -1);
        if (start < 0)
        {
            // No line reads as prose: keep what is not noise rather than lose the article.
            return new PageLayout([], lines.Where((_, i) => !noise[i]).ToList(), []);
        }
        var end = Enumerable.Range(start + 1, lines.Count - start - 1).FirstOrDefault(i => rules.EndsArticle(lines[i]), lines.Count);

        bool IsReadMore(int i) => noise[i] && lines[i].Length < 40 && ReadMore().IsMatch(lines[i]);
        // A page's content already cut out of its HTML keeps its short lines (list items, subheadings) up to its last
        // sentence; scraped page text keeps sentences only.
        var lastProse = kind == TextKind.ExtractedContent ? Enumerable.Range(start, end - start).Last(i => !noise[i] && IsProse(lines[i])) : -1;
        var body = new List<string>();
        for (var i = start; i < end; i++)
        {
            var line = lines[i];
            // A short line just before or after a "Read more" line is the title of a related story.
            var nextToReadMore = WordCount(line) < 20 && ((i > start && IsReadMore(i - 1)) || (i + 1 < end && IsReadMore(i + 1)));
            if (noise[i] || (i >= lastProse && !IsProse(line)) || nextToReadMore || IsRepeated(lines, i, start, end))
            {
                continue;
            }
            body.Add(line);
        }
        return new PageLayout(lines.Take(start).ToList(), body, lines.Skip(end).ToList());
    }

    private bool StartsArticle(string line)
    {
        if (rules.EndsArticle(line))
        {
            return false;
        }
        var words = WordCount(line);
        return (words >= MinStartWords && EndsSentence(line)) || words >= LongLineWords && char.IsUpper(line[0]);
    }

    /// <summary>A sentence (ends like one, two words at least) or a long line; not a link title or a menu crumb.</summary>
    internal static bool IsProse(string line)
    {
        var words = WordCount(line);
        return (words >= 2 && EndsSentence(line)) || words >= ProseWithoutStopWords;
    }

    // Related-story blocks repeat their titles; the article does not repeat its paragraphs.
    private static bool IsRepeated(List<string> lines, int i, int start, int end)
    {
        if (WordCount(lines[i]) >= 20)
        {
            return false;
        }
        for (var j = start; j < end; j++)
        {
            if (j != i && string.Equals(lines[j], lines[i], StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    internal static bool EndsSentence(string line)
    {
        var last = line[^1];
        return last is '.' or '!' or '?' or ':' or ';' or '"' or '”' or '’' or '\'' or ')' or '…'
            or '。' or '！' or '？' or '」' or '』' or '．' or '؟' or '۔' or '»' or '«';
    }

    // Words as spaces mark them; Chinese, Japanese and Korean characters count half a word each (a word there is about
    // two characters, written without spaces).
    internal static int WordCount(string line)
    {
        var count = 0;
        var dense = 0;
        var inWord = false;
        foreach (var c in line)
        {
            if (c is >= '\u3040' and <= '\u30FF' or >= '\u3400' and <= '\u9FFF' or >= '\uAC00' and <= '\uD7AF' or >= '\uF900' and <= '\uFAFF')
            {
                dense++;
                inWord = false;
                continue;
            }
            var letter = char.IsLetterOrDigit(c);
            if (letter && !inWord)
            {
                count++;
            }
            inWord = letter || (inWord && c is '\'' or '’' or '-');
        }
        return count + dense / 2;
    }
}
