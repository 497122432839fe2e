using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Search.Core.Facets;

/// <summary>
/// Counts two keyword fields against each other over the documents it is given (outlet × country: how many articles of
/// each outlet mention each country), plus how many articles have each row value and each column value: an article
/// counts once in a total however many values it has in the other field. Reads values as <see cref="SegmentFacet"/>
/// global ordinals, like facet counting.
/// </summary>
internal sealed class PivotCounter(IndexReader reader, string rowField, string columnField) : ICollector
{
    private readonly FacetOrdinals.Field _rowOrdinals = FacetOrdinals.For(reader).Get(rowField);
    private readonly FacetOrdinals.Field _columnOrdinals = FacetOrdinals.For(reader).Get(columnField);
    private readonly Dictionary<long, int> _cells = [];
    private readonly Dictionary<int, int> _rowTotals = [];
    private readonly Dictionary<int, int> _columnTotals = [];
    private SegmentFacet _rows;
    private SegmentFacet _columns;

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        _rows = new SegmentFacet(context, _rowOrdinals, rowField);
        _columns = new SegmentFacet(context, _columnOrdinals, columnField);
    }

    public void Collect(int doc)
    {
        var (rowStart, rowEnd) = _rows.Range(doc);
        var (columnStart, columnEnd) = _columns.Range(doc);
        for (var r = rowStart; r < rowEnd; r++)
        {
            var row = _rows.GlobalOrd(r);
            _rowTotals[row] = _rowTotals.GetValueOrDefault(row) + 1;
            for (var c = columnStart; c < columnEnd; c++)
            {
                var key = ((long)row << 32) | (uint)_columns.GlobalOrd(c);
                _cells[key] = _cells.GetValueOrDefault(key) + 1;
            }
        }
        for (var c = columnStart; c < columnEnd; c++)
        {
            var column = _columns.GlobalOrd(c);
            _columnTotals[column] = _columnTotals.GetValueOrDefault(column) + 1;
        }
    }

    /// <summary>Row values with their article counts, most first (ties by value).</summary>
    public IEnumerable<(int Ord, int Count)> Rows => _rowTotals.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key).Select(kv => (kv.Key, kv.Value));

    /// <summary>Every column value that has an article, in value order.</summary>
    public IEnumerable<int> Columns => _columnTotals.Keys.Order();

    public int RowTotal(int row) => _rowTotals.GetValueOrDefault(row);

    public int Cell(int row, int column) => _cells.GetValueOrDefault(((long)row << 32) | (uint)column);

    public FacetOrdinals.Field RowOrdinals => _rowOrdinals;

    public FacetOrdinals.Field ColumnOrdinals => _columnOrdinals;

    /// <summary>The <paramref name="size"/> columns and rows with the most articles, and the counts between them.</summary>
    public (IReadOnlyList<FacetCount> Columns, IReadOnlyList<PivotRow> Rows) Table(int size)
    {
        // Ties on the count go by value; global ordinals are in value order, so ties can be broken before any value is read.
        static List<(int Ord, int Count, string Value)> Top(Dictionary<int, int> totals, FacetOrdinals.Field ordinals, int size) =>
            totals.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key).Take(size)
                .Select(kv => (Ord: kv.Key, Count: kv.Value, Value: ordinals.Value(kv.Key))).ToList();
        var columns = Top(_columnTotals, _columnOrdinals, size);
        var rows = Top(_rowTotals, _rowOrdinals, size).Select(row => new PivotRow(row.Value, row.Count,
            columns.Where(c => _cells.ContainsKey(((long)row.Ord << 32) | (uint)c.Ord))
                .ToDictionary(c => c.Value, c => _cells[((long)row.Ord << 32) | (uint)c.Ord], StringComparer.Ordinal))).ToList();
        return (columns.Select(c => new FacetCount(c.Value, c.Count, false)).ToList(), rows);
    }
}
