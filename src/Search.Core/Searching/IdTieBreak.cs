using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using Search.Core.Indexing;

namespace Search.Core.Searching;

/// <summary>
/// The tie-break on the article id that every sort ends with (it keeps cursors stable across index changes), reading
/// each segment's id ordinals from memory. Lucene's comparator reads an ordinal from the doc values file for every
/// competitive hit, and ties are common: a word scores the same in many articles of the same length.
/// </summary>
internal sealed class IdTieBreak : FieldComparerSource
{
    private static readonly ConditionalWeakTable<object, int[]> Ordinals = new();

    public static SortField SortField { get; } = new(IndexFields.IdSort, new IdTieBreak());

    public override FieldComparer NewComparer(string fieldname, int numHits, int sortPos, bool reversed) => new Comparer(numHits, fieldname);

    /// <summary>Builds a segment's id ordinals now: called when a searcher opens, so no search waits for them.</summary>
    public static void Warm(AtomicReader segment) => OrdinalsOf(segment, segment.GetSortedDocValues(IndexFields.IdSort));

    private static int[]? OrdinalsOf(AtomicReader segment, SortedDocValues? onDisk) => onDisk is null ? null
        : Ordinals.GetValue(segment.CoreCacheKey, _ =>
        {
            var ords = new int[segment.MaxDoc];
            for (var doc = 0; doc < ords.Length; doc++)
            {
                ords[doc] = onDisk.GetOrd(doc);
            }
            return ords;
        });

    private sealed class Comparer(int numHits, string field) : FieldComparer.TermOrdValComparer(numHits, field)
    {
        // The cache holds id ordinals only (keyed by segment): any other field goes to Lucene's own lookup.
        protected override SortedDocValues GetSortedDocValues(AtomicReaderContext context, string field)
        {
            var onDisk = field == IndexFields.IdSort ? context.AtomicReader.GetSortedDocValues(field) : null;
            return OrdinalsOf(context.AtomicReader, onDisk) is { } ords ? new InMemoryOrdinals(ords, onDisk!) : base.GetSortedDocValues(context, field);
        }
    }

    // Ordinals from memory; values (only for the hits that enter the top) from the segment's doc values.
    private sealed class InMemoryOrdinals(int[] ords, SortedDocValues onDisk) : SortedDocValues
    {
        public override int GetOrd(int docID) => ords[docID];

        public override void LookupOrd(int ord, BytesRef result) => onDisk.LookupOrd(ord, result);

        public override int ValueCount => onDisk.ValueCount;
    }
}
