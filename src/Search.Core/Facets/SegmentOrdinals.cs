using System.Runtime.CompilerServices;
using Lucene.Net.Index;

namespace Search.Core.Facets;

/// <summary>
/// One segment's facet values held in memory: for each document, the segment ordinals of its values of one field
/// (<c>Starts[doc]</c> to <c>Starts[doc + 1]</c> in <c>Ords</c>); a field with at most one value per document in the
/// segment (outlet, year) has no <c>Starts</c> and <c>Ords[doc]</c> is the value (-1: none): one memory read less per
/// document counted. Reading doc values through NIOFSDirectory costs a
/// system call per random read; counting from these arrays costs none. Built once per segment and field (segments
/// never change), and shared by every reader that contains the segment.
/// </summary>
internal sealed class SegmentOrdinals
{
    private static readonly ConditionalWeakTable<object, Dictionary<string, SegmentOrdinals?>> Cache = new();

    /// <summary>Null when every document has at most one value.</summary>
    public required int[]? Starts { get; init; }
    public required int[] Ords { get; init; }

    public static SegmentOrdinals? For(AtomicReader reader, string field)
    {
        var perSegment = Cache.GetValue(reader.CoreCacheKey, _ => new Dictionary<string, SegmentOrdinals?>(StringComparer.Ordinal));
        lock (perSegment)
        {
            if (!perSegment.TryGetValue(field, out var ordinals))
            {
                ordinals = Build(reader, field);
                perSegment[field] = ordinals;
            }
            return ordinals;
        }
    }

    private static SegmentOrdinals? Build(AtomicReader reader, string field)
    {
        var values = reader.GetSortedSetDocValues(field);
        if (values is null)
        {
            return null;
        }
        var starts = new int[reader.MaxDoc + 1];
        var ords = new List<int>(reader.MaxDoc * 2);
        for (var doc = 0; doc < reader.MaxDoc; doc++)
        {
            starts[doc] = ords.Count;
            values.SetDocument(doc);
            long ord;
            while ((ord = values.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
            {
                ords.Add((int)ord);
            }
        }
        starts[reader.MaxDoc] = ords.Count;
        var single = true;
        for (var doc = 0; doc < reader.MaxDoc && single; doc++)
        {
            single = starts[doc + 1] - starts[doc] <= 1;
        }
        if (!single)
        {
            return new SegmentOrdinals { Starts = starts, Ords = [.. ords] };
        }
        var byDoc = new int[reader.MaxDoc];
        for (var doc = 0; doc < byDoc.Length; doc++)
        {
            byDoc[doc] = starts[doc + 1] > starts[doc] ? ords[starts[doc]] : -1;
        }
        return new SegmentOrdinals { Starts = null, Ords = byDoc };
    }
}
