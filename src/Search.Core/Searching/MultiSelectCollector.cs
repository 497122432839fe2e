using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Search.Core.Searching;

/// <summary>
/// One pass over the documents matching the query (without its facet filters) that does two jobs: documents passing
/// every filter go to the top-hits collector and count in every facet; documents failing exactly one filter count only
/// in that filter's own facet. That is multi-select faceting (Elasticsearch's post_filter): ticking one outlet still
/// shows how many matches the other outlets have. Counting reads per-segment sorted-set ordinals, never stored fields.
/// </summary>
internal sealed class MultiSelectCollector(ICollector hits, IReadOnlyList<(string Field, Filter Filter)> filters, IReadOnlyList<string> facetFields)
    : ICollector
{
    private readonly Dictionary<string, Dictionary<string, int>> _counts = facetFields.Distinct().ToDictionary(f => f, _ => new Dictionary<string, int>(StringComparer.Ordinal));
    private readonly IBits?[] _filterBits = new IBits?[filters.Count];
    private int[] _facetOfFilter = [];
    private SortedSetDocValues?[] _values = [];
    private int[][] _segmentCounts = [];

    public int Total { get; private set; }

    public IReadOnlyDictionary<string, Dictionary<string, int>> Counts
    {
        get
        {
            FlushSegment();
            return _counts;
        }
    }

    public void SetScorer(Scorer scorer) => hits.SetScorer(scorer);

    public void SetNextReader(AtomicReaderContext context)
    {
        FlushSegment();
        hits.SetNextReader(context);
        for (var i = 0; i < filters.Count; i++)
        {
            var set = filters[i].Filter.GetDocIdSet(context, context.AtomicReader.LiveDocs);
            _filterBits[i] = ToBits(set, context.AtomicReader.MaxDoc);
        }
        var fields = _counts.Keys.ToArray();
        _facetOfFilter = filters.Select(f => Array.IndexOf(fields, f.Field)).ToArray();
        _values = fields.Select(f => context.AtomicReader.GetSortedSetDocValues(f)).ToArray();
        _segmentCounts = _values.Select(v => v is null ? [] : new int[v.ValueCount]).ToArray();
    }

    public void Collect(int doc)
    {
        var failed = -1;
        for (var i = 0; i < _filterBits.Length; i++)
        {
            var bits = _filterBits[i];
            if (bits is null || !bits.Get(doc))
            {
                if (failed >= 0)
                {
                    return;
                }
                failed = i;
            }
        }
        if (failed < 0)
        {
            Total++;
            hits.Collect(doc);
            for (var f = 0; f < _values.Length; f++)
            {
                CountDoc(f, doc);
            }
            return;
        }
        var index = _facetOfFilter[failed];
        if (index >= 0)
        {
            CountDoc(index, doc);
        }
    }

    public bool AcceptsDocsOutOfOrder => hits.AcceptsDocsOutOfOrder;

    private void CountDoc(int facet, int doc)
    {
        var values = _values[facet];
        if (values is null)
        {
            return;
        }
        values.SetDocument(doc);
        long ord;
        var counts = _segmentCounts[facet];
        while ((ord = values.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
        {
            counts[ord]++;
        }
    }

    private void FlushSegment()
    {
        var fields = _counts.Keys.ToArray();
        var scratch = new BytesRef();
        for (var f = 0; f < _values.Length; f++)
        {
            var values = _values[f];
            var counts = _segmentCounts[f];
            if (values is null)
            {
                continue;
            }
            var target = _counts[fields[f]];
            for (var ord = 0; ord < counts.Length; ord++)
            {
                if (counts[ord] == 0)
                {
                    continue;
                }
                values.LookupOrd(ord, scratch);
                var value = scratch.Utf8ToString();
                target[value] = target.GetValueOrDefault(value) + counts[ord];
            }
        }
        _values = [];
        _segmentCounts = [];
    }

    private static IBits? ToBits(DocIdSet? set, int maxDoc)
    {
        if (set is null)
        {
            return null;
        }
        if (set.Bits is { } bits)
        {
            return bits;
        }
        var iterator = set.GetIterator();
        if (iterator is null)
        {
            return null;
        }
        var fixedBits = new FixedBitSet(maxDoc);
        fixedBits.Or(iterator);
        return fixedBits;
    }
}
