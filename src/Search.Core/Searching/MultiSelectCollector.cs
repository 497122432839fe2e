using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using Search.Core.Facets;

namespace Search.Core.Searching;

/// <summary>
/// One pass over the documents matching the query (without its facet filters) that does two jobs: documents passing
/// every filter go to the top-hits collector and count in every facet; documents failing exactly one filter count only
/// in that filter's own facet. That is multi-select faceting (Elasticsearch's post_filter): ticking one outlet still
/// shows how many matches the other outlets have. Counting reads per-segment sorted-set ordinals mapped to global
/// ordinals (<see cref="FacetOrdinals"/>): one array of counts per field, no stored fields, no strings per hit.
/// </summary>
internal sealed class MultiSelectCollector : ICollector, IDisposable
{
    private readonly ICollector _hits;
    private readonly IReadOnlyList<KeywordFilter> _filters;
    private readonly string[] _fields;
    private readonly FacetOrdinals.Field[] _ordinals;
    private readonly int[][] _counts;
    private readonly int[] _facetOfFilter;
    private readonly IBits[] _filterBits;
    private readonly SegmentFacet[] _values;
    private readonly Copies.CopyClusters? _clusters;
    private readonly int[][]? _storyCounts;
    private readonly HashSet<(int Cluster, int Facet, int Ord)> _storySeen = [];
    private int _docBase;

    /// <summary>
    /// Collects for <paramref name="hits"/> and counts <paramref name="facetFields"/>; with <paramref name="stories"/>,
    /// facets are also counted in stories: an article and its copies (these clusters) count once per value
    /// (<see cref="CountStories"/>).
    /// </summary>
    public MultiSelectCollector(IndexReader reader, ICollector hits, IReadOnlyList<KeywordFilter> filters, IReadOnlyList<string> facetFields,
        Copies.CopyClusters? stories = null)
    {
        _hits = hits;
        _filters = filters;
        _fields = facetFields.Distinct().ToArray();
        var ordinals = FacetOrdinals.For(reader);
        _ordinals = _fields.Select(ordinals.Get).ToArray();
        // Count arrays come from a pool (a person facet over a million articles has many values): no big buffer per request.
        _counts = _ordinals.Select(o => Rent((int)o.ValueCount)).ToArray();
        _clusters = stories;
        _storyCounts = stories is null ? null : _ordinals.Select(o => Rent((int)o.ValueCount)).ToArray();
        _facetOfFilter = filters.Select(f => Array.IndexOf(_fields, f.Field)).ToArray();
        _filterBits = new IBits[filters.Count];
        _values = new SegmentFacet[_fields.Length];
    }

    private static int[] Rent(int size)
    {
        var array = System.Buffers.ArrayPool<int>.Shared.Rent(Math.Max(1, size));
        Array.Clear(array, 0, size);
        return array;
    }

    public void Dispose()
    {
        foreach (var counts in _counts.Concat(_storyCounts ?? []))
        {
            System.Buffers.ArrayPool<int>.Shared.Return(counts);
        }
    }

    public int Total { get; private set; }

    /// <summary>Whether <see cref="Top"/>, <see cref="All"/> and <see cref="CountOf"/> read story counts (when counted) rather than article counts.</summary>
    public bool CountStories { get; set; }

    private int[] Counts(int facet) => CountStories && _storyCounts is not null ? _storyCounts[facet] : _counts[facet];

    /// <summary>Counts by value for a field, for the values <paramref name="keep"/> accepts, the largest first, at most <paramref name="size"/>.</summary>
    public IEnumerable<KeyValuePair<string, int>> Top(string field, int size, Func<string, bool>? keep = null)
    {
        var f = Array.IndexOf(_fields, field);
        var counts = Counts(f);
        var ordinals = _ordinals[f];
        var n = (int)ordinals.ValueCount;
        if (keep is null)
        {
            // A bounded heap: only the values shown become strings. Once it is full, a value enters only when it beats
            // the smallest kept (larger count, or the same count and an earlier value): most values are one comparison.
            var heap = new PriorityQueue<int, (int Count, int NegOrd)>();
            for (var ord = 0; ord < n; ord++)
            {
                var count = counts[ord];
                if (count == 0)
                {
                    continue;
                }
                if (heap.Count < size)
                {
                    heap.Enqueue(ord, (count, -ord));
                }
                else if (heap.TryPeek(out _, out var smallest) && (count > smallest.Count || (count == smallest.Count && -ord > smallest.NegOrd)))
                {
                    heap.EnqueueDequeue(ord, (count, -ord));
                }
            }
            var top = new List<KeyValuePair<string, int>>(heap.Count);
            while (heap.TryDequeue(out var ord, out _))
            {
                top.Add(new(ordinals.Value(ord), counts[ord]));
            }
            top.Reverse();
            return top;
        }
        return Enumerable.Range(0, n).Where(o => counts[o] > 0)
            .Select(o => new KeyValuePair<string, int>(ordinals.Value(o), counts[o])).Where(kv => keep(kv.Key))
            .OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).Take(size);
    }

    /// <summary>Every value of a field with its count, in value order (for year and month histograms).</summary>
    public IEnumerable<KeyValuePair<string, int>> All(string field)
    {
        var f = Array.IndexOf(_fields, field);
        var counts = Counts(f);
        for (long ord = 0; ord < _ordinals[f].ValueCount; ord++)
        {
            if (counts[ord] > 0)
            {
                yield return new(_ordinals[f].Value(ord), counts[ord]);
            }
        }
    }

    /// <summary>The count of one value (0 when no match has it).</summary>
    public int CountOf(string field, string value)
    {
        var f = Array.IndexOf(_fields, field);
        var ord = _ordinals[f].Find(value);
        return ord < 0 ? 0 : Counts(f)[ord];
    }

    public void SetScorer(Scorer scorer) => _hits.SetScorer(scorer);

    public void SetNextReader(AtomicReaderContext context)
    {
        _docBase = context.DocBase;
        _hits.SetNextReader(context);
        for (var i = 0; i < _filters.Count; i++)
        {
            _filterBits[i] = _filters[i].Bits(context.AtomicReader);
        }
        for (var f = 0; f < _fields.Length; f++)
        {
            _values[f] = new SegmentFacet(context, _ordinals[f], _fields[f]);
        }
    }

    public void Collect(int doc)
    {
        var failed = -1;
        for (var i = 0; i < _filterBits.Length; i++)
        {
            if (!_filterBits[i].Get(doc))
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
            _hits.Collect(doc);
            for (var f = 0; f < _fields.Length; f++)
            {
                CountDoc(f, doc);
            }
            return;
        }
        if (_facetOfFilter[failed] is var facet and >= 0)
        {
            CountDoc(facet, doc);
        }
    }

    // In order: Lucene then walks one scorer per query instead of building, for a query of optional clauses (a word in
    // title or body), a table of 2,048 buckets each search — the most a search allocated (about 115 KB of its 160).
    public bool AcceptsDocsOutOfOrder => false;

    private void CountDoc(int facet, int doc)
    {
        _values[facet].Count(doc, _counts[facet]);
        if (_storyCounts is null)
        {
            return;
        }
        var cluster = _clusters!.ClusterOf(_docBase + doc);
        if (cluster < 0)
        {
            _values[facet].Count(doc, _storyCounts[facet]);
            return;
        }
        // An article with copies: its story counts once per value, whichever of its articles match.
        var (start, end) = _values[facet].Range(doc);
        for (var i = start; i < end; i++)
        {
            var ord = _values[facet].GlobalOrd(i);
            if (_storySeen.Add((cluster, facet, ord)))
            {
                _storyCounts[facet][ord]++;
            }
        }
    }
}
