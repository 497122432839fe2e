using Lucene.Net.Index;

namespace Search.Core.Facets;

/// <summary>
/// One keyword field's values in the segment being collected, as global ordinals: the one way facet values are read
/// while collecting, shared by facet counting and the pivot. In-memory segment ordinals (<see cref="SegmentOrdinals"/>)
/// mapped through the reader's <see cref="FacetOrdinals"/>.
/// </summary>
internal readonly struct SegmentFacet
{
    private readonly SegmentOrdinals? _values;
    private readonly int[]? _toGlobal;

    public SegmentFacet(AtomicReaderContext segment, FacetOrdinals.Field field, string name)
    {
        _values = SegmentOrdinals.For(segment.AtomicReader, name);
        _toGlobal = field.ToGlobal(segment.Ord);
    }

    /// <summary>Where a document's values are: indexes <c>Start</c> to <c>End</c> for <see cref="GlobalOrd"/>.</summary>
    public (int Start, int End) Range(int doc) => _values switch
    {
        null => (0, 0),
        { Starts: { } starts } => (starts[doc], starts[doc + 1]),
        { Ords: var single } => single[doc] >= 0 ? (doc, doc + 1) : (0, 0),
    };

    public int GlobalOrd(int index)
    {
        var ord = _values!.Ords[index];
        return _toGlobal is null ? ord : _toGlobal[ord];
    }

    /// <summary>Adds one to the count of each of the document's values (the hot loop of facet counting: arrays in locals).</summary>
    public void Count(int doc, int[] counts)
    {
        if (_values is not { } values)
        {
            return;
        }
        var ords = values.Ords;
        var toGlobal = _toGlobal;
        if (values.Starts is not { } starts)
        {
            var ord = ords[doc];
            if (ord >= 0)
            {
                counts[toGlobal is null ? ord : toGlobal[ord]]++;
            }
            return;
        }
        for (int i = starts[doc], end = starts[doc + 1]; i < end; i++)
        {
            counts[toGlobal is null ? ords[i] : toGlobal[ords[i]]]++;
        }
    }
}
