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

    /// <summary>A pattern's terms in one segment; <see cref="Cut"/> when it matches more than were kept.</summary>
    public sealed record PatternTerms(List<string> Terms, bool Cut);

    /// <summary>
    /// The field's terms that start with <paramref name="prefix"/> and match: at most <paramref name="max"/>, those in
    /// most documents first (the likeliest to stand in a page's hits). The dictionary is read up to
    /// <see cref="MaxScanned"/> terms from the prefix.
    /// </summary>
    public PatternTerms MatchingTerms(string prefix, Func<string, bool> matches, int max)
    {
        var found = new List<(string Term, int Docs)>();
        if (_terms is null)
        {
            return new PatternTerms([], false);
        }
        _term.CopyChars(prefix);
        if (_terms.SeekCeil(_term) == TermsEnum.SeekStatus.END)
        {
            return new PatternTerms([], false);
        }
        var scanned = 0;
        do
        {
            var text = _terms.Term.Utf8ToString();
            if (!text.StartsWith(prefix, StringComparison.Ordinal))
            {
                break;
            }
            if (matches(text))
            {
                found.Add((text, _terms.DocFreq));
            }
        } while (++scanned < MaxScanned && _terms.MoveNext());
        var cut = found.Count > max || scanned >= MaxScanned;
        return new PatternTerms(found.OrderByDescending(t => t.Docs).ThenBy(t => t.Term, StringComparer.Ordinal).Take(max).Select(t => t.Term).ToList(), cut);
    }

    /// <summary>How many dictionary terms one pattern's expansion reads at most.</summary>
    public const int MaxScanned = 100_000;
}
