using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Util;
using Search.Core.Indexing;
using Search.Core.Schema;
using Search.Core.Analysis;

namespace Search.Core.Querying;

/// <summary>
/// The acronyms an index's bodies hold (terms written in capitals: <see cref="CaseFilter"/> keeps them so), read once
/// per index reader by walking the term dictionary from "A" to "Z": the parser widens a lower-case word to its acronym
/// only when the index has it, with no lookup per query.
/// </summary>
internal static class Acronyms
{
    private static readonly ConditionalWeakTable<IndexReader, HashSet<string>> Cache = new();

    public static HashSet<string> In(IndexReader reader) => Cache.GetValue(reader, Read);

    private static HashSet<string> Read(IndexReader reader)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        var terms = MultiFields.GetTerms(reader, IndexFields.Body);
        if (terms is null)
        {
            return found;
        }
        var e = terms.GetEnumerator();
        if (e.SeekCeil(new BytesRef("A")) == TermsEnum.SeekStatus.END)
        {
            return found;
        }
        do
        {
            var term = e.Term.Utf8ToString();
            if (term[0] > 'Z')
            {
                break;
            }
            found.Add(term);
        }
        while (e.MoveNext());
        return found;
    }

    /// <summary>
    /// Whether a lower-case word may be an acronym written small (nato → NATO): of acronym length, not a stop word nor
    /// an everyday word (<paramref name="notAcronyms"/>), and — given the reader — an acronym the index holds.
    /// </summary>
    public static bool MayBeWrittenSmall(string word, IReadOnlySet<string> notAcronyms, IndexReader? reader) =>
        word.Length is >= CaseFilter.MinAcronym and <= CaseFilter.MaxAcronym && word.All(char.IsAsciiLetterLower)
        && !StopWords.Contains(word) && !notAcronyms.Contains(word) && (reader is null || In(reader).Contains(word.ToUpperInvariant()));

    private static readonly Lucene.Net.Analysis.Util.CharArraySet StopWords = Lucene.Net.Analysis.Core.StopAnalyzer.ENGLISH_STOP_WORDS_SET;
}
