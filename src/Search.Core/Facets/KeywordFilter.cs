using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Search.Core.Facets;

/// <summary>
/// A filter on one keyword field: the documents with any of its values. Its bitset is built once per segment from the
/// postings of its terms and kept with the segment: journalists filter by the same outlets and countries over and
/// over, and a segment never changes. Deletions do not matter, since only live matches are tested against it.
/// </summary>
internal sealed class KeywordFilter
{
    // Per segment core, the bitsets of the filters used on it; emptied when full, so memory stays bounded
    // (at most MaxPerSegment bits per document of the segment).
    private static readonly ConditionalWeakTable<object, ConcurrentDictionary<string, FixedBitSet>> Cache = new();
    private const int MaxPerSegment = 256;

    private readonly string _key;

    public KeywordFilter(string field, IEnumerable<string> terms)
    {
        Field = field;
        Terms = terms.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        _key = field + "\0" + string.Join("\0", Terms);
    }

    public string Field { get; }

    /// <summary>The indexed terms (lower-cased values), any of which lets a document through.</summary>
    public IReadOnlyList<string> Terms { get; }

    /// <summary>The segment's documents that have any of the values.</summary>
    public FixedBitSet Bits(AtomicReader segment)
    {
        var filters = Cache.GetValue(segment.CoreCacheKey, _ => new ConcurrentDictionary<string, FixedBitSet>(StringComparer.Ordinal));
        if (filters.TryGetValue(_key, out var cached))
        {
            return cached;
        }
        var bits = Build(segment);
        if (filters.Count >= MaxPerSegment)
        {
            filters.Clear();
        }
        filters[_key] = bits;
        return bits;
    }

    private FixedBitSet Build(AtomicReader segment)
    {
        var bits = new FixedBitSet(segment.MaxDoc);
        if (segment.GetTerms(Field) is not { } terms)
        {
            return bits;
        }
        var termsEnum = terms.GetEnumerator();
        DocsEnum? docs = null;
        foreach (var term in Terms)
        {
            if (!termsEnum.SeekExact(new BytesRef(term)))
            {
                continue;
            }
            docs = termsEnum.Docs(null, docs, DocsFlags.NONE);
            int doc;
            while ((doc = docs.NextDoc()) != DocIdSetIterator.NO_MORE_DOCS)
            {
                bits.Set(doc);
            }
        }
        return bits;
    }
}
