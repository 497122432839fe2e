using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Util;
using Search.Core.Analysis;
using Search.Core.Model;

namespace Search.Core.Querying;

/// <summary>
/// The languages of an index's articles that have an analysis of their own (<see cref="LanguageAnalyzers"/>), read once
/// per reader from the language label's terms: a query is analysed for each of them, and for none in an English archive.
/// </summary>
public static class IndexLanguages
{
    private static readonly ConditionalWeakTable<IndexReader, IReadOnlyList<string>> Cache = new();

    public static IReadOnlyList<string> Of(IndexReader reader) => Cache.GetValue(reader, Read);

    private static IReadOnlyList<string> Read(IndexReader reader)
    {
        var languages = new List<string>();
        var terms = MultiFields.GetTerms(reader, LabelNames.Language);
        if (terms is null)
        {
            return languages;
        }
        var e = terms.GetEnumerator();
        while (e.MoveNext())
        {
            var code = e.Term.Utf8ToString();
            if (LanguageAnalyzers.HasOwn(code))
            {
                languages.Add(code);
            }
        }
        return languages;
    }
}
