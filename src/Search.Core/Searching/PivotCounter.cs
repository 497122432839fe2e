using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Search.Core.Searching;

/// <summary>
/// Counts pairs of values of two keyword fields over the documents it is given (outlet × country: which outlet
/// mentions which country how often), from per-segment sorted-set ordinals.
/// </summary>
internal sealed class PivotCounter(string rowField, string columnField) : ICollector
{
    private readonly Dictionary<(string Row, string Column), int> _counts = [];
    private readonly Dictionary<(long, long), int> _segment = [];
    private SortedSetDocValues? _rows;
    private SortedSetDocValues? _columns;
    private readonly List<long> _rowOrds = [];

    public IReadOnlyDictionary<(string Row, string Column), int> Counts
    {
        get
        {
            Flush();
            return _counts;
        }
    }

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        Flush();
        _rows = context.AtomicReader.GetSortedSetDocValues(rowField);
        _columns = context.AtomicReader.GetSortedSetDocValues(columnField);
    }

    public void Collect(int doc)
    {
        if (_rows is null || _columns is null)
        {
            return;
        }
        _rowOrds.Clear();
        _rows.SetDocument(doc);
        long ord;
        while ((ord = _rows.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
        {
            _rowOrds.Add(ord);
        }
        _columns.SetDocument(doc);
        while ((ord = _columns.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
        {
            foreach (var row in _rowOrds)
            {
                _segment[(row, ord)] = _segment.GetValueOrDefault((row, ord)) + 1;
            }
        }
    }

    private void Flush()
    {
        if (_rows is null || _columns is null)
        {
            _segment.Clear();
            return;
        }
        var scratch = new BytesRef();
        foreach (var ((r, c), n) in _segment)
        {
            _rows.LookupOrd(r, scratch);
            var row = scratch.Utf8ToString();
            _columns.LookupOrd(c, scratch);
            var key = (row, scratch.Utf8ToString());
            _counts[key] = _counts.GetValueOrDefault(key) + n;
        }
        _segment.Clear();
    }
}
