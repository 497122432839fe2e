using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Search.Core.Facets;

/// <summary>
/// For one index reader, each keyword field's map from per-segment ordinals to global ordinals (Lucene's
/// <see cref="MultiDocValues.OrdinalMap"/>): facets count into one array of global ordinals and turn only the values
/// they show into strings. Building a map costs tens of milliseconds, so it is built once per reader, when the
/// searcher manager opens it, and cached with the reader.
/// </summary>
public sealed class FacetOrdinals
{
    private static readonly ConditionalWeakTable<IndexReader, FacetOrdinals> Cache = new();

    private readonly Dictionary<string, Field> _fields = new(StringComparer.Ordinal);
    private readonly IList<AtomicReaderContext> _leaves;

    /// <summary>
    /// One field across segments: the ordinal map (null with one segment) and how many values in all. Doc values
    /// instances are not thread-safe, so values are looked up through the segment readers, which give each thread its own.
    /// </summary>
    public sealed class Field(MultiDocValues.OrdinalMap? map, long valueCount, SortedSetDocValues?[] segments, IList<AtomicReaderContext> leaves, string name)
    {
        // Segment ordinal → global ordinal, one array per segment, so counting is an array lookup.
        private readonly int[]?[] _toGlobal = segments.Select((s, i) => s is null || map is null ? null
            : Enumerable.Range(0, (int)s.ValueCount).Select(o => (int)map.GetGlobalOrd(i, o)).ToArray()).ToArray();

        public long ValueCount { get; } = valueCount;

        /// <summary>Segment ordinal → global ordinal for one segment; null when they are the same (one segment).</summary>
        public int[]? ToGlobal(int segment) => _toGlobal[segment];

        public long GlobalOrd(int segment, long ord) => map is null ? ord : map.GetGlobalOrd(segment, ord);

        /// <summary>The value of a global ordinal, read from the first segment that has it.</summary>
        public string Value(long globalOrd)
        {
            var segment = map is null ? 0 : map.GetFirstSegmentNumber(globalOrd);
            var ord = map is null ? globalOrd : map.GetFirstSegmentOrd(globalOrd);
            var scratch = new BytesRef();
            leaves[segment].AtomicReader.GetSortedSetDocValues(name).LookupOrd(ord, scratch);
            return scratch.Utf8ToString();
        }

        /// <summary>The global ordinal of a value, or -1 when no document has it.</summary>
        public long Find(string value)
        {
            var bytes = new BytesRef(value);
            for (var s = 0; s < leaves.Count; s++)
            {
                if (leaves[s].AtomicReader.GetSortedSetDocValues(name) is { } dv && dv.LookupTerm(bytes) is var ord and >= 0)
                {
                    return GlobalOrd(s, ord);
                }
            }
            return -1;
        }
    }

    private FacetOrdinals(IndexReader reader) => _leaves = reader.Leaves;

    public static FacetOrdinals For(IndexReader reader) => Cache.GetValue(reader, r => new FacetOrdinals(r));

    /// <summary>
    /// Builds every keyword field's map, and each segment's in-memory ordinals, now: called when a searcher opens, so
    /// no search waits for them.
    /// </summary>
    public static void Warm(IndexReader reader, IEnumerable<string> fields)
    {
        var ordinals = For(reader);
        foreach (var field in fields)
        {
            ordinals.Get(field);
            foreach (var leaf in reader.Leaves)
            {
                SegmentOrdinals.For(leaf.AtomicReader, field);
            }
        }
    }

    public Field Get(string field)
    {
        lock (_fields)
        {
            if (_fields.TryGetValue(field, out var cached))
            {
                return cached;
            }
            var segments = _leaves.Select(l => l.AtomicReader.GetSortedSetDocValues(field)).ToArray();
            Field built;
            if (segments.Length <= 1)
            {
                built = new Field(null, segments.Length == 0 || segments[0] is null ? 0 : segments[0]!.ValueCount, segments, _leaves, field);
            }
            else
            {
                var enums = segments.Select(s => s?.GetTermsEnum() ?? TermsEnum.EMPTY).ToArray();
                var map = new MultiDocValues.OrdinalMap(this, enums);
                built = new Field(map, map.ValueCount, segments, _leaves, field);
            }
            _fields[field] = built;
            return built;
        }
    }
}
