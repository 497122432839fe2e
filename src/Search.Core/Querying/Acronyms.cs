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
}
