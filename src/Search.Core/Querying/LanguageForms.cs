using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Search.Core.Analysis;
using Search.Core.Model;
using Search.Core.Schema;

namespace Search.Core.Querying;

/// <summary>
/// The words of a title or body query as each language of the index reads them (<see cref="LanguageAnalyzers"/>), so
/// "Flüchtling" finds "Flüchtlinge" in German articles and "Путин" finds "Путина"; quoted phrases search the exact
/// copies, analysed each language's way too. Each language's form searches that language's articles only.
/// </summary>
internal static class LanguageForms
{
    /// <param name="english">The query as English analysis reads it.</param>
    /// <param name="field">The title or body field.</param>
    /// <param name="quoted">A quoted phrase (the exact copies).</param>
    /// <param name="languages">The index's languages with an analysis of their own (<see cref="IndexLanguages"/>).</param>
    /// <param name="analyse">The parser's own query for a field, with an analyzer in place of its own.</param>
    public static Query? Of(Query? english, string field, bool quoted, IReadOnlyList<string> languages, Func<Analyzer, string, Query?> analyse)
    {
        // A word English analysis drops (a stop word: "the") is dropped for every language: required in German, it
        // would leave out the English articles, whose index does not hold it.
        if (languages.Count == 0 || english is null)
        {
            return english;
        }
        var forms = new List<Query> { english };
        foreach (var language in languages)
        {
            // Chinese, Japanese and Korean words are phrases of character pairs: searched, and marked, as phrases of
            // the exact copy (the same pairs as the stemmed field's).
            var exact = quoted || LanguageAnalyzers.IsCjk(language);
            var analyzer = exact ? LanguageAnalyzers.Exact(language) : LanguageAnalyzers.Stemmed(language);
            // Lower-cased, "US" would find the English stem of "used": a language's form is for its own articles.
            if (analyse(analyzer, exact ? IndexFields.ExactOf(field) : field) is { } form && !form.Equals(english))
            {
                forms.Add(new BooleanQuery { { form, Occur.MUST }, { new TermQuery(new Term(LabelNames.Language, language)) { Boost = 0 }, Occur.MUST } });
            }
        }
        return QueryTree.Any([.. forms]);
    }

    /// <summary>A text folded as the exact copies are: accents never decide a match ("Flüchtl*" finds "Flüchtlinge").</summary>
    public static string Folded(string text)
    {
        var output = new char[text.Length * 4];
        var length = Lucene.Net.Analysis.Miscellaneous.ASCIIFoldingFilter.FoldToASCII(text.ToCharArray(), 0, output, 0, text.Length);
        return new string(output, 0, length);
    }
}
