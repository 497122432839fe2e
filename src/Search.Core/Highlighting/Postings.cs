using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Search.Core.Highlighting;

/// <summary>Reads a document's positions and character offsets for one term from the postings of one segment.</summary>
internal static class Postings
{
    /// <summary>
    /// The positions and offsets of one term in each of <paramref name="sortedDocs"/> (ascending), added to that
    /// document's list: one dictionary lookup and one forward walk of the postings for all of them. Without
    /// <paramref name="withOffsets"/>, positions only (offsets -1), for a field indexed without offsets.
    /// </summary>
    public static void Read(AtomicReader reader, int[] sortedDocs, string field, string term, Dictionary<int, List<TextTokens.Token>> into, bool withOffsets = true)
    {
        var terms = reader.GetTerms(field);
        if (terms is null)
        {
            return;
        }
        var termsEnum = terms.GetEnumerator();
        if (!termsEnum.SeekExact(new BytesRef(term)))
        {
            return;
        }
        var postings = termsEnum.DocsAndPositions(null, null, withOffsets ? DocsAndPositionsFlags.OFFSETS : DocsAndPositionsFlags.NONE);
        if (postings is null)
        {
            return;
        }
        foreach (var doc in sortedDocs)
        {
            var at = postings.DocID >= doc ? postings.DocID : postings.Advance(doc);
            if (at == DocIdSetIterator.NO_MORE_DOCS)
            {
                return;
            }
            if (at != doc)
            {
                continue;
            }
            var tokens = into[doc];
            for (var i = 0; i < postings.Freq; i++)
            {
                var position = postings.NextPosition();
                if (!withOffsets)
                {
                    tokens.Add(new TextTokens.Token(term, position, -1, -1));
                }
                else if (postings.StartOffset >= 0)
                {
                    tokens.Add(new TextTokens.Token(term, position, postings.StartOffset, postings.EndOffset));
                }
            }
        }
    }

    /// <summary>The segment's terms that start with <paramref name="prefix"/> and match, at most <paramref name="max"/>.</summary>
    public static List<string> MatchingTerms(AtomicReader reader, string field, string prefix, Func<string, bool> matches, int max)
    {
        var found = new List<string>();
        var terms = reader.GetTerms(field);
        if (terms is null)
        {
            return found;
        }
        var termsEnum = terms.GetEnumerator();
        var status = termsEnum.SeekCeil(new BytesRef(prefix));
        if (status == TermsEnum.SeekStatus.END)
        {
            return found;
        }
        do
        {
            var text = termsEnum.Term.Utf8ToString();
            if (!text.StartsWith(prefix, StringComparison.Ordinal))
            {
                break;
            }
            if (matches(text))
            {
                found.Add(text);
            }
        } while (found.Count < max && termsEnum.MoveNext());
        return found;
    }
}
