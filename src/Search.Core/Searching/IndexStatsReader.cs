using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Util;
using Search.Core.Indexing;
using Search.Core.Schema;

namespace Search.Core.Searching;

/// <summary>What an index holds (articles, distinct outlets, date range, size on disk), read once per index reader.</summary>
internal static class IndexStatsReader
{
    private static readonly ConditionalWeakTable<IndexReader, IndexStats> Cache = new();

    public static IndexStats Of(IndexReader reader, string indexPath)
    {
        var content = Cache.GetValue(reader, Read);
        var files = new DirectoryInfo(indexPath).GetFiles();
        return content with { LastUpdated = files.Length == 0 ? null : files.Max(f => f.LastWriteTimeUtc), IndexBytes = files.Sum(f => f.Length) };
    }

    // A walk over every document's date: done once per reader, not per call.
    private static IndexStats Read(IndexReader reader)
    {
        long? min = null, max = null;
        foreach (var leaf in reader.Leaves)
        {
            var values = leaf.AtomicReader.GetNumericDocValues(IndexFields.Published);
            var has = leaf.AtomicReader.GetDocsWithField(IndexFields.Published);
            var live = leaf.AtomicReader.LiveDocs;
            if (values is null || has is null)
            {
                continue;
            }
            for (var d = 0; d < leaf.AtomicReader.MaxDoc; d++)
            {
                if (has.Get(d) && (live is null || live.Get(d)))
                {
                    var v = values.Get(d);
                    min = Math.Min(min ?? v, v);
                    max = Math.Max(max ?? v, v);
                }
            }
        }
        return new IndexStats(reader.NumDocs, CountValues(reader, IndexFields.Outlet),
            min is null ? null : DateOnly.FromDayNumber((int)min.Value), max is null ? null : DateOnly.FromDayNumber((int)max.Value), null, 0);
    }

    private static int CountValues(IndexReader reader, string field)
    {
        var values = new HashSet<string>(StringComparer.Ordinal);
        var scratch = new BytesRef();
        foreach (var leaf in reader.Leaves)
        {
            var dv = leaf.AtomicReader.GetSortedSetDocValues(field);
            if (dv is null)
            {
                continue;
            }
            for (var o = 0L; o < dv.ValueCount; o++)
            {
                dv.LookupOrd(o, scratch);
                values.Add(scratch.Utf8ToString());
            }
        }
        return values.Count;
    }
}
