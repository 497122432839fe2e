using System.Collections.Concurrent;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util.Automaton;
using Search.Core.Analysis;
using Search.Core.Schema;
using Search.Core.Text;

namespace Search.Core.Querying;

/// <summary>
/// A word's spellings in other scripts that the index holds: a Latin word ("Putin", "Navalny") finds its Cyrillic, Greek,
/// Arabic and Hebrew spellings in the articles of those scripts' languages ("Путина", "Навального", "بوتين"), and a word
/// of those scripts finds its Latin spellings ("Путин" finds "Putin"). Each spelling the table of letters allows
/// (<see cref="ScriptSpellings"/>) is one path of an automaton (<see cref="SpellingAutomaton"/>), with an inflection's
/// ending after the stem; the exact copies' dictionary is intersected with it, and the terms found are searched as
/// exact words (so they are marked as any word is), at a lower weight than the word as typed. Latin is the pivot: a
/// Cyrillic word does not look for an Arabic spelling.
/// </summary>
internal static class CrossScriptForms
{
    /// <summary>The most spellings searched for one word, most frequent first.</summary>
    public const int MaxTerms = 16;

    /// <summary>The weight of a spelling in another script, against the word as typed.</summary>
    public const float Boost = 0.5f;

    private const int MinSearched = 4;
    private const int MaxLetters = 30;
    private const int MaxScanned = 1_000;
    private const int MaxCached = 4_096;

    private static readonly ConcurrentDictionary<(string Script, bool ToLatin, string Word), CompiledAutomaton> Automata = new();

    /// <summary>
    /// The spellings of <paramref name="text"/> (one word) in other scripts that the exact copy of
    /// <paramref name="field"/> holds, or null when there are none.
    /// </summary>
    /// <param name="text">The word as typed.</param>
    /// <param name="field">The title or body field.</param>
    /// <param name="reader">The index whose dictionary holds the spellings.</param>
    /// <param name="languages">The index's languages with an analysis of their own: a Latin word is looked for in the
    /// scripts they are written in.</param>
    /// <param name="spellings">The table of letters.</param>
    public static Query? Of(string text, string field, IndexReader reader, IReadOnlyList<string> languages, ScriptSpellings spellings)
    {
        // An archive in Latin script alone has nothing to look for: no dictionary is read.
        var automata = AutomataFor(text, languages, spellings).ToList();
        var exactField = IndexFields.ExactOf(field);
        if (automata.Count == 0 || MultiFields.GetTerms(reader, exactField) is not { } terms)
        {
            return null;
        }
        var found = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var automaton in automata)
        {
            var e = automaton.GetTermsEnum(terms);
            while (found.Count < MaxScanned && e.MoveNext())
            {
                found[e.Term.Utf8ToString()] = e.DocFreq;
            }
        }
        if (found.Count == 0)
        {
            return null;
        }
        var any = new BooleanQuery { Boost = Boost };
        foreach (var term in found.OrderByDescending(t => t.Value).ThenBy(t => t.Key, StringComparer.Ordinal).Take(MaxTerms))
        {
            any.Add(new TermQuery(new Term(exactField, term.Key)), Occur.SHOULD);
        }
        return any;
    }

    private static IEnumerable<CompiledAutomaton> AutomataFor(string text, IReadOnlyList<string> languages, ScriptSpellings spellings)
    {
        if (LatinWord(text) is { } latin)
        {
            // An abjad writes little more than consonants: a short name ("Lee", "Amin") would find a host of words.
            var abjads = ScriptSpellings.EnoughForAnAbjad(latin);
            foreach (var script in spellings.Scripts.Where(s => languages.Any(s.Languages.Contains) && (s.Unwritten == 0 || abjads)))
            {
                yield return Cached(script.Name, toLatin: false, latin, () => spellings.FromLatin(latin, script));
            }
        }
        else if (spellings.ScriptOf(text) is { } script && NativeWord(text, script) is { } native)
        {
            yield return Cached(script.Name, toLatin: true, native, () => spellings.ToLatin(native, script));
        }
    }

    /// <summary>A Latin word as the exact copies hold it (lower case, folded), or null for anything else.</summary>
    private static string? LatinWord(string text)
    {
        var word = LanguageForms.Folded(text).ToLowerInvariant();
        return word.Length is >= MinSearched and <= MaxLetters && word.All(c => c is >= 'a' and <= 'z') ? word : null;
    }

    /// <summary>A word of another script as the exact copies of its language hold it (lower case, normalized).</summary>
    private static string? NativeWord(string text, ScriptSpellings.Script script)
    {
        var language = script.Languages.FirstOrDefault(LanguageAnalyzers.HasOwn);
        var analyzer = LanguageAnalyzers.Exact(language);
        string? word = null;
        using (var stream = analyzer.GetTokenStream(IndexFields.ExactOf(IndexFields.Body), text))
        {
            var term = stream.AddAttribute<ICharTermAttribute>();
            stream.Reset();
            while (stream.IncrementToken())
            {
                if (word is not null)
                {
                    word = null;
                    break;
                }
                word = term.ToString();
            }
            stream.End();
        }
        return word is { Length: >= MinSearched and <= MaxLetters } && word.All(script.Alphabet.Contains) ? word : null;
    }

    private static CompiledAutomaton Cached(string script, bool toLatin, string word, Func<Automaton> build)
    {
        if (Automata.Count > MaxCached)
        {
            Automata.Clear();
        }
        return Automata.GetOrAdd((script, toLatin, word), _ => new CompiledAutomaton(build()));
    }
}
