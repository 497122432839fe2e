using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using Search.Core.Indexing;
using Search.Core.Schema;

namespace Search.Core.Searching;

/// <summary>
/// The tie-break on the article id that every sort ends with (it keeps cursors stable across index changes). Ties are
/// common (a word scores the same in many articles of the same length), so many hits enter and leave the top while
/// collecting: this comparer keeps each slot's id as a segment ordinal (read from memory, built once per segment) and
/// reads an id's bytes from the doc values only when two slots of different segments meet, when the bottom of the top
/// moves to another segment, or when the sort values of the final hits are asked for. Lucene's own comparator read
/// the id's bytes for every hit that entered the top (measured at 1M articles: a sixth of a medium-term search).
/// </summary>
internal sealed class IdTieBreak : FieldComparerSource
{
    private static readonly ConditionalWeakTable<object, int[]> Ordinals = new();

    public static SortField SortField { get; } = new(IndexFields.IdSort, new IdTieBreak());

    public override FieldComparer NewComparer(string fieldname, int numHits, int sortPos, bool reversed) => new Comparer(numHits);

    /// <summary>Builds a segment's id ordinals now: called when a searcher opens, so no search waits for them.</summary>
    public static void Warm(AtomicReader segment) => OrdinalsOf(segment, segment.GetSortedDocValues(IndexFields.IdSort));

    private static int[] OrdinalsOf(AtomicReader segment, SortedDocValues? onDisk) =>
        Ordinals.GetValue(segment.CoreCacheKey, _ =>
        {
            var ords = new int[segment.MaxDoc];
            for (var doc = 0; doc < ords.Length; doc++)
            {
                ords[doc] = onDisk?.GetOrd(doc) ?? -1;
            }
            return ords;
        });

    private sealed class Comparer(int numHits) : FieldComparer<BytesRef>
    {
        // Per slot: the ordinal in the segment it was copied from (-1: no id), that segment's number, its bytes once read.
        private readonly int[] _ords = new int[numHits];
        private readonly int[] _segments = new int[numHits];
        private readonly BytesRef?[] _values = new BytesRef?[numHits];
        private readonly List<SortedDocValues?> _onDisk = [];
        private int[] _docOrds = [];
        private int _segment = -1;
        private int _bottomSlot = -1;
        private int _bottomOrd;
        private bool _bottomExact;
        private BytesRef? _top;
        private int _topOrd;
        private bool _topExact;

        public override FieldComparer SetNextReader(AtomicReaderContext context)
        {
            var onDisk = context.AtomicReader.GetSortedDocValues(IndexFields.IdSort);
            _onDisk.Add(onDisk);
            _segment = _onDisk.Count - 1;
            _docOrds = OrdinalsOf(context.AtomicReader, onDisk);
            if (_top is not null)
            {
                (_topOrd, _topExact) = Place(_top);
            }
            if (_bottomSlot >= 0)
            {
                SetBottom(_bottomSlot);
            }
            return this;
        }

        public override void Copy(int slot, int doc)
        {
            _ords[slot] = _docOrds[doc];
            _segments[slot] = _segment;
            _values[slot] = null;
        }

        public override int Compare(int slot1, int slot2) =>
            _segments[slot1] == _segments[slot2] ? _ords[slot1].CompareTo(_ords[slot2]) : CompareValues(Value(slot1), Value(slot2));

        public override void SetBottom(int slot)
        {
            _bottomSlot = slot;
            if (_segments[slot] == _segment)
            {
                (_bottomOrd, _bottomExact) = (_ords[slot], true);
                return;
            }
            (_bottomOrd, _bottomExact) = Place(Value(slot));
            if (_bottomExact)
            {
                _ords[slot] = _bottomOrd;
                _segments[slot] = _segment;
            }
        }

        public override int CompareBottom(int doc) => Against(_bottomOrd, _bottomExact, _docOrds[doc]);

        public override void SetTopValue(BytesRef value) => _top = value;

        public override int CompareTop(int doc) => Against(_topOrd, _topExact, _docOrds[doc]);

        public override BytesRef this[int slot] => Value(slot)!;

        public override int CompareValues(BytesRef? first, BytesRef? second) =>
            first is null ? (second is null ? 0 : -1) : second is null ? 1 : first.CompareTo(second);

        // A value placed among this segment's ordinals: its own ordinal when the segment has it, else the ordinal just
        // below where it would be (-1 below all, like a missing id, which sorts first).
        private (int Ord, bool Exact) Place(BytesRef? value)
        {
            if (value is null)
            {
                return (-1, true);
            }
            if (_onDisk[_segment] is not { } onDisk)
            {
                return (-1, false);
            }
            var ord = onDisk.LookupTerm(value);
            return ord >= 0 ? (ord, true) : (-ord - 2, false);
        }

        // Compares a placed value with a document's ordinal. Not exact: the value lies between ord and ord + 1, so it is
        // greater than the document's value when ord >= the document's ordinal, smaller otherwise.
        private static int Against(int ord, bool exact, int docOrd) => exact ? ord.CompareTo(docOrd) : ord >= docOrd ? 1 : -1;

        private BytesRef? Value(int slot)
        {
            if (_values[slot] is not null || _ords[slot] < 0)
            {
                return _values[slot];
            }
            // Doc values may hand back bytes they reuse: the slot keeps its own copy.
            var scratch = new BytesRef();
            _onDisk[_segments[slot]]!.LookupOrd(_ords[slot], scratch);
            return _values[slot] = BytesRef.DeepCopyOf(scratch);
        }
    }
}
