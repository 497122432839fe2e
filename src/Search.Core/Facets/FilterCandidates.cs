using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Search.Core.Facets;

/// <summary>
/// The documents a search with keyword filters has to visit, as a filter on its query: those passing every filter (the
/// hits, counted in every facet) and those failing exactly one filter whose field is a counted facet (multi-select
/// counts them in that facet only). Any other document would be read and dropped; with the filter, Lucene skips it.
/// A filter-only search on an outlet and a person then visits the articles of the outlet or of the person, not the
/// whole archive, and a word with a country and a date range only the word's articles in that country. Built per
/// segment from the filters' cached bitsets: a few bitwise passes.
/// </summary>
internal sealed class FilterCandidates : Filter
{
    private readonly IReadOnlyList<KeywordFilter> _filters;
    private readonly bool[] _counted;

    private FilterCandidates(IReadOnlyList<KeywordFilter> filters, bool[] counted)
    {
        _filters = filters;
        _counted = counted;
    }

    /// <summary>
    /// <paramref name="query"/> limited to the documents the filters and counted facets need; the query itself when
    /// that is every document (no filter, or one filter whose field is counted: each match counts in its facet).
    /// </summary>
    public static Query Restrict(Query query, IReadOnlyList<KeywordFilter> filters, IReadOnlyCollection<string> facetFields)
    {
        var counted = filters.Select(f => facetFields.Contains(f.Field)).ToArray();
        if (filters.Count == 0 || (filters.Count == 1 && counted[0]))
        {
            return query;
        }
        return new FilteredQuery(query, new FilterCandidates(filters, counted), DensityStrategy.Instance);
    }

    public override DocIdSet GetDocIdSet(AtomicReaderContext context, IBits? acceptDocs)
    {
        var bits = _filters.Select(f => f.Bits(context.AtomicReader)).ToArray();
        var needed = AllBut(bits, -1);
        for (var i = 0; i < bits.Length; i++)
        {
            if (_counted[i])
            {
                needed.Or(AllBut(bits, i));
            }
        }
        if (acceptDocs is not null)
        {
            for (var doc = needed.NextSetBit(0); doc >= 0; doc = doc + 1 < needed.Length ? needed.NextSetBit(doc + 1) : -1)
            {
                if (!acceptDocs.Get(doc))
                {
                    needed.Clear(doc);
                }
            }
        }
        return needed;
    }

    // The documents passing every filter but the one at skip (-1: every filter).
    private static FixedBitSet AllBut(FixedBitSet[] bits, int skip)
    {
        FixedBitSet? result = null;
        for (var j = 0; j < bits.Length; j++)
        {
            if (j == skip)
            {
                continue;
            }
            if (result is null)
            {
                result = bits[j].Clone();
            }
            else
            {
                result.And(bits[j]);
            }
        }
        return result!;
    }

    /// <summary>
    /// A sparse set of candidates leads (the query is advanced to each); a dense one is handed to the query's scorer as
    /// the documents it may accept, which costs less than advancing for nearly every document.
    /// </summary>
    private sealed class DensityStrategy : FilteredQuery.RandomAccessFilterStrategy
    {
        public static readonly DensityStrategy Instance = new();

        protected override bool UseRandomAccess(IBits bits, int firstFilterDoc) =>
            bits is FixedBitSet set && set.Cardinality * 64L > set.Length;
    }
}
