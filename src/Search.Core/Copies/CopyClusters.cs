using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Util;
using Search.Core.Indexing;

namespace Search.Core.Copies;

/// <summary>
/// The clusters of copies among a reader's live articles, built when a searcher opens (so they are right after every
/// addition, replacement, deletion and merge, and the same for the same articles whatever their segments): candidate
/// pairs are articles that agree on both components of one of 32 bands of their <see cref="BodyFingerprint"/>
/// (locality-sensitive hashing: a pair sharing half its shingles is a candidate with probability 0.9999, a pair sharing
/// a fifth 0.74), each candidate is checked (<see cref="IsCopy"/>), and checked pairs join clusters (union–find).
/// </summary>
public sealed class CopyClusters
{
    /// <summary>Bodies shorter than this many shingles (about 20 words) are never judged copies: too little to tell.</summary>
    public const int MinShingles = 16;

    // A band value shared by more articles than this is furniture, not a story: its pairs are not compared.
    private const int MaxBucket = 1_000;

    private static readonly ConditionalWeakTable<IndexReader, CopyClusters> Cache = new();

    private readonly int[] _clusterOf;
    private readonly CopyCluster[] _clusters;

    private CopyClusters(int[] clusterOf, CopyCluster[] clusters)
    {
        _clusterOf = clusterOf;
        _clusters = clusters;
    }

    public static CopyClusters For(IndexReader reader) => Cache.GetValue(reader, Build);

    /// <summary>How many clusters there are (of two articles or more).</summary>
    public int Count => _clusters.Length;

    /// <summary>The number of the cluster a document belongs to, -1 when it has no copies.</summary>
    public int ClusterOf(int doc) => doc < _clusterOf.Length ? _clusterOf[doc] : -1;

    public CopyCluster? Of(int doc) => ClusterOf(doc) is var c and >= 0 ? _clusters[c] : null;

    public CopyCluster Cluster(int number) => _clusters[number];

    /// <summary>
    /// Whether two bodies are one story: at least 4 of 64 components agree (chance agreement between unrelated texts
    /// is once in 65,536) and either they share half their shingles or 60% of the shorter is in the longer.
    /// </summary>
    public static bool IsCopy(BodyFingerprint a, BodyFingerprint b)
    {
        if (a.Shingles < MinShingles || b.Shingles < MinShingles)
        {
            return false;
        }
        var j = a.Jaccard(b);
        return j * BodyFingerprint.Hashes >= 4 && (j >= 0.5 || a.Containment(b) >= 0.6);
    }

    private static CopyClusters Build(IndexReader reader)
    {
        var fingerprints = new BodyFingerprint?[reader.MaxDoc];
        var docs = new List<int>();
        foreach (var leaf in reader.Leaves)
        {
            var values = leaf.AtomicReader.GetBinaryDocValues(IndexFields.Fingerprint);
            if (values is null)
            {
                continue;
            }
            var live = leaf.AtomicReader.LiveDocs;
            var scratch = new BytesRef();
            for (var doc = 0; doc < leaf.AtomicReader.MaxDoc; doc++)
            {
                if (live is not null && !live.Get(doc))
                {
                    continue;
                }
                values.Get(doc, scratch);
                if (BodyFingerprint.FromBytes(scratch.Bytes.AsSpan(scratch.Offset, scratch.Length)) is { Shingles: >= MinShingles } fingerprint)
                {
                    fingerprints[leaf.DocBase + doc] = fingerprint;
                    docs.Add(leaf.DocBase + doc);
                }
            }
        }

        var parent = new int[reader.MaxDoc];
        for (var i = 0; i < parent.Length; i++)
        {
            parent[i] = i;
        }
        int Find(int x)
        {
            while (parent[x] != x)
            {
                parent[x] = parent[parent[x]];
                x = parent[x];
            }
            return x;
        }

        // One band at a time: (band value, document) sorted, so equal values are neighbours; 8 bytes per article.
        var keys = new ulong[docs.Count];
        for (var band = 0; band < BodyFingerprint.Bands; band++)
        {
            for (var i = 0; i < docs.Count; i++)
            {
                keys[i] = ((ulong)fingerprints[docs[i]]!.Band(band) << 32) | (uint)docs[i];
            }
            Array.Sort(keys);
            for (var start = 0; start < keys.Length;)
            {
                var end = start + 1;
                while (end < keys.Length && keys[end] >> 32 == keys[start] >> 32)
                {
                    end++;
                }
                if (end - start is > 1 and <= MaxBucket)
                {
                    for (var i = start; i < end; i++)
                    {
                        var a = (int)(uint)keys[i];
                        for (var j = i + 1; j < end; j++)
                        {
                            var b = (int)(uint)keys[j];
                            int ra = Find(a), rb = Find(b);
                            if (ra != rb && IsCopy(fingerprints[a]!, fingerprints[b]!))
                            {
                                parent[Math.Max(ra, rb)] = Math.Min(ra, rb);
                            }
                        }
                    }
                }
                start = end;
            }
        }

        var clusterOf = new int[reader.MaxDoc];
        Array.Fill(clusterOf, -1);
        var clusters = new List<CopyCluster>();
        // Documents ascending, so clusters are numbered by their first document: the same articles, the same numbers.
        foreach (var group in docs.GroupBy(Find).Where(g => g.Skip(1).Any()))
        {
            foreach (var doc in group)
            {
                clusterOf[doc] = clusters.Count;
            }
            clusters.Add(CopyCluster.Of(group.Select(doc => Member(reader, doc))));
        }
        return new CopyClusters(clusterOf, [.. clusters]);
    }

    private static CopyMember Member(IndexReader reader, int doc)
    {
        var leaf = reader.Leaves[ReaderUtil.SubIndex(doc, reader.Leaves)];
        var article = ArticleDocument.Read(leaf.AtomicReader, doc - leaf.DocBase, withText: false);
        var credits = article.Outlet is not null && article.Site is not null && !string.Equals(article.Outlet, article.Site, StringComparison.OrdinalIgnoreCase)
            ? article.Outlet : null;
        return new CopyMember(doc, article.Id, article.Outlet, article.Site, article.Published, credits);
    }
}
