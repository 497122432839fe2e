using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Search.Core.Searching;

/// <summary>Reads a document's positions and character offsets for one term from the postings of one segment.</summary>
internal static class Postings
{
    public static void Read(AtomicReader reader, int doc, string field, string term, List<TextTokens.Token> into)
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
        var postings = termsEnum.DocsAndPositions(null, null, DocsAndPositionsFlags.OFFSETS);
        if (postings is null || postings.Advance(doc) != doc)
        {
            return;
        }
        for (var i = 0; i < postings.Freq; i++)
        {
            var position = postings.NextPosition();
            if (postings.StartOffset >= 0)
            {
                into.Add(new TextTokens.Token(term, position, postings.StartOffset, postings.EndOffset));
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
