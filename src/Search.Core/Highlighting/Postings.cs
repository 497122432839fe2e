using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Search.Core.Highlighting;

/// <summary>
/// Reads documents' positions and character offsets from the postings of one field of one segment. One instance
/// serves every term a page of hits asks for: its term dictionary enumerator and postings enumerator are reused, since
/// each costs kilobytes to create (a prefix may bring a hundred terms).
/// </summary>
internal sealed class Postings
{
    private readonly TermsEnum? _terms;
    private readonly BytesRef _term = new();
    private DocsAndPositionsEnum? _positions;

    public Postings(AtomicReader reader, string field)
    {
        _terms = reader.GetTerms(field)?.GetEnumerator();
    }

    /// <summary>
    /// The positions and offsets of one term in each of <paramref name="sortedDocs"/> (ascending), added to that
    /// document's list: one dictionary lookup and one forward walk of the postings for all of them. Without
    /// <paramref name="withOffsets"/>, positions only (offsets -1), for a field indexed without offsets.
    /// </summary>
    public void Read(int[] sortedDocs, string term, Dictionary<int, List<TextTokens.Token>> into, bool withOffsets = true)
    {
        _term.CopyChars(term);
        if (_terms is null || !_terms.SeekExact(_term))
        {
            return;
        }
        var postings = _terms.DocsAndPositions(null, _positions, withOffsets ? DocsAndPositionsFlags.OFFSETS : DocsAndPositionsFlags.NONE);
        if (postings is null)
        {
            return;
        }
        _positions = postings;
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

    /// <summary>The field's terms that start with <paramref name="prefix"/> and match, at most <paramref name="max"/>.</summary>
    public List<string> MatchingTerms(string prefix, Func<string, bool> matches, int max)
    {
        var found = new List<string>();
        if (_terms is null)
        {
            return found;
        }
        _term.CopyChars(prefix);
        if (_terms.SeekCeil(_term) == TermsEnum.SeekStatus.END)
        {
            return found;
        }
        do
        {
            var text = _terms.Term.Utf8ToString();
            if (!text.StartsWith(prefix, StringComparison.Ordinal))
            {
                break;
            }
            if (matches(text))
            {
                found.Add(text);
            }
        } while (found.Count < max && _terms.MoveNext());
        return found;
    }
}
