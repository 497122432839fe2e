using System.Collections.Concurrent;
using System.Globalization;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Search.Core.Analysis;

namespace Search.Core.Highlighting;

/// <summary>
/// Character ranges for the exact forms of a page of hits, whose postings have positions but no offsets. The exact
/// copy and the stemmed field come from one tokenization, so the word at a position of <c>body_exact</c> stands at the
/// same position of <c>body</c>, whose postings carry offsets: an exact form's stemmed term is looked up there and its
/// offsets read at that position. A stop word, which the stemmed field leaves out, takes the word before or after a
/// neighbour found that way. No hit's text is analysed; a document where a form cannot be placed this way is returned
/// for the caller to analyse.
/// </summary>
internal static class ExactOffsets
{
    /// <summary>How far (in positions) a stop word may stand from a placed word to be placed by reading the text.</summary>
    private const int MaxStopRun = 3;

    // The stemmed term of an exact form in a language: null for a stop word; Unknown when the analysis gives other than
    // one term. Shared by every search (a form's stem never changes), emptied when full.
    private static readonly ConcurrentDictionary<(string? Language, string Term), string?> Stems = new();
    private const int MaxStems = 100_000;
    private const string Unknown = "\u0000";

    /// <summary>
    /// Fills <paramref name="exact"/> with the <paramref name="wanted"/> exact terms of each document, with offsets
    /// (-1 for a stop word far from every placed word); returns the documents whose other forms could not all be placed.
    /// </summary>
    public static List<int> Read(AtomicReader reader, int[] sorted, string field, string exactField, IEnumerable<string> wanted,
        Dictionary<int, List<TextTokens.Token>> exact, Func<int, string?> languageOf, Func<int, ReadOnlyMemory<char>> textOf)
    {
        var exactPostings = new Postings(reader, exactField);
        foreach (var term in wanted)
        {
            exactPostings.Read(sorted, term, exact, withOffsets: false);
        }
        // The stemmed terms to read, and for which documents.
        var language = new Dictionary<int, string?>();
        var stemDocs = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var failed = new List<int>();
        foreach (var d in sorted)
        {
            if (exact[d].Count == 0)
            {
                continue;
            }
            language[d] = languageOf(d);
            foreach (var term in exact[d].Select(t => t.Term).Distinct())
            {
                var stem = StemOf(language[d], term);
                if (stem == Unknown)
                {
                    failed.Add(d);
                    break;
                }
                if (stem is not null)
                {
                    (stemDocs.TryGetValue(stem, out var list) ? list : stemDocs[stem] = []).Add(d);
                }
            }
        }
        var stemmed = language.Keys.Except(failed).ToDictionary(d => d, _ => new List<TextTokens.Token>());
        var stemmedPostings = new Postings(reader, field);
        foreach (var (stem, docs) in stemDocs)
        {
            var open = docs.Where(stemmed.ContainsKey).Distinct().ToArray();
            if (open.Length > 0)
            {
                stemmedPostings.Read(open, stem, stemmed);
            }
        }
        foreach (var (d, found) in stemmed)
        {
            if (!Place(exact[d], found, language[d], () => textOf(d)))
            {
                failed.Add(d);
            }
        }
        foreach (var tokens in exact.Values)
        {
            tokens.Sort((a, b) => a.Position.CompareTo(b.Position));
        }
        return failed;
    }

    // Gives each exact token the offsets its stemmed term has at the same position; stop words take a neighbour's word.
    private static bool Place(List<TextTokens.Token> tokens, List<TextTokens.Token> stemmed, string? language, Func<ReadOnlyMemory<char>> text)
    {
        var at = new Dictionary<int, (int Start, int End)>(stemmed.Count);
        foreach (var s in stemmed)
        {
            at[s.Position] = (s.Start, s.End);
        }
        var stops = new List<int>();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (at.TryGetValue(tokens[i].Position, out var o))
            {
                tokens[i] = tokens[i] with { Start = o.Start, End = o.End };
            }
            else if (StemOf(language, tokens[i].Term) is null)
            {
                stops.Add(i);
            }
            else
            {
                return false;
            }
        }
        foreach (var i in stops)
        {
            // One that stands apart from every placed word keeps no range: no phrase of placed words needs it, and a
            // match that does (a stop word searched alone) sends its document to be analysed.
            if (PlaceStopWord(tokens[i].Position, at, text) is { } range)
            {
                tokens[i] = tokens[i] with { Start = range.Start, End = range.End };
            }
        }
        return true;
    }

    // A stop word's range: counted word by word from the nearest placed word after it (or before it), in the text.
    private static TextRange? PlaceStopWord(int position, Dictionary<int, (int Start, int End)> at, Func<ReadOnlyMemory<char>> textOf)
    {
        for (var gap = 1; gap <= MaxStopRun; gap++)
        {
            if (at.TryGetValue(position + gap, out var after))
            {
                return Step(textOf().Span, after.Start, gap, WordBefore, backwards: true);
            }
            if (at.TryGetValue(position - gap, out var before))
            {
                return Step(textOf().Span, before.End, gap, WordAfter, backwards: false);
            }
        }
        return null;
    }

    private delegate TextRange? NextWord(ReadOnlySpan<char> text, int from);

    // The word reached after stepping over <paramref name="words"/> words from an offset, one way or the other.
    private static TextRange? Step(ReadOnlySpan<char> text, int from, int words, NextWord next, bool backwards)
    {
        TextRange? word = null;
        for (var k = 0; k < words; k++)
        {
            word = next(text, from);
            if (word is null)
            {
                return null;
            }
            from = backwards ? word.Value.Start : word.Value.End;
        }
        return word;
    }

    private static bool IsWordChar(ReadOnlySpan<char> text, int i)
    {
        var c = text[i];
        if (char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark)
        {
            return true;
        }
        // An apostrophe inside a word ("don't").
        return c is '\'' or '’' && i > 0 && i + 1 < text.Length && char.IsLetter(text[i - 1]) && char.IsLetter(text[i + 1]);
    }

    private static TextRange? WordBefore(ReadOnlySpan<char> text, int end)
    {
        var i = Math.Min(end, text.Length) - 1;
        while (i >= 0 && !IsWordChar(text, i))
        {
            i--;
        }
        if (i < 0)
        {
            return null;
        }
        var stop = i + 1;
        while (i >= 0 && IsWordChar(text, i))
        {
            i--;
        }
        return new TextRange(i + 1, stop);
    }

    private static TextRange? WordAfter(ReadOnlySpan<char> text, int start)
    {
        var i = Math.Max(start, 0);
        while (i < text.Length && !IsWordChar(text, i))
        {
            i++;
        }
        if (i >= text.Length)
        {
            return null;
        }
        var from = i;
        while (i < text.Length && IsWordChar(text, i))
        {
            i++;
        }
        return new TextRange(from, i);
    }

    // The stemmed field's term for an exact form, by the document language's stemmed analysis of that form.
    private static string? StemOf(string? language, string term)
    {
        if (Stems.TryGetValue((language, term), out var known))
        {
            return known;
        }
        if (Stems.Count >= MaxStems)
        {
            Stems.Clear();
        }
        return Stems[(language, term)] = Stem(language, term);
    }

    private static string? Stem(string? language, string term)
    {
        using var stream = LanguageAnalyzers.Stemmed(language).GetTokenStream("body", term);
        var attribute = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        string? stem = null;
        var count = 0;
        var skipped = false;
        while (stream.IncrementToken())
        {
            stem = attribute.ToString();
            skipped |= increment.PositionIncrement != 1;
            count++;
        }
        stream.End();
        // One term where the form began; anything else (a form the analysis splits, or reads after a removed word) is not placed.
        return count == 0 ? null : count == 1 && !skipped ? stem : Unknown;
    }
}
