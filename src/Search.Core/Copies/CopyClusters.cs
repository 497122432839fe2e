using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Util;
using Search.Core.Indexing;
using Search.Core.Schema;
using Search.Core.Text;

namespace Search.Core.Copies;

/// <summary>
/// The clusters of copies among a reader's live articles, built when a searcher opens (so they are right after every
/// addition, replacement, deletion and merge, and the same for the same articles whatever their segments): candidate
/// pairs are articles that agree on both components of one of 32 bands of their <see cref="BodyFingerprint"/>
/// (locality-sensitive hashing: a pair sharing half its shingles is a candidate with probability 0.9999, a pair sharing
/// a fifth 0.74), each candidate is checked (<see cref="IsCopy(BodyFingerprint, BodyFingerprint)"/>), and checked pairs join clusters (union–find).
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
    public static bool IsCopy(BodyFingerprint a, BodyFingerprint b) => IsCopy(a.Components, a.Shingles, b.Components, b.Shingles);

    private static bool IsCopy(ReadOnlySpan<ushort> a, int shinglesA, ReadOnlySpan<ushort> b, int shinglesB)
    {
        if (shinglesA < MinShingles || shinglesB < MinShingles)
        {
            return false;
        }
        var j = BodyFingerprint.Jaccard(a, shinglesA, b, shinglesB);
        return j * BodyFingerprint.Hashes >= 4 && (j >= 0.5 || BodyFingerprint.Containment(j, shinglesA, shinglesB) >= 0.6);
    }

    private static CopyClusters Build(IndexReader reader)
    {
        // Every judged article's fingerprint in flat arrays (article i: components[64i..64i+63], shingles[i], docs[i]),
        // in document order: 132 bytes an article and no object per article.
        const int H = BodyFingerprint.Hashes;
        var components = new ushort[(long)reader.NumDocs * H];
        var shingles = new int[reader.NumDocs];
        var docs = new int[reader.NumDocs];
        var n = 0;
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
                if (BodyFingerprint.TryRead(scratch.Bytes.AsSpan(scratch.Offset, scratch.Length), components.AsSpan(n * H, H), out var count) && count >= MinShingles)
                {
                    shingles[n] = count;
                    docs[n++] = leaf.DocBase + doc;
                }
            }
        }

        var parent = new int[n];
        for (var i = 0; i < n; i++)
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

        // One band at a time: (band value, article) sorted, so equal values are neighbours; 8 bytes per article.
        var keys = new ulong[n];
        for (var band = 0; band < BodyFingerprint.Bands; band++)
        {
            for (var i = 0; i < n; i++)
            {
                keys[i] = ((ulong)BodyFingerprint.Band(components.AsSpan(i * H, H), band) << 32) | (uint)i;
            }
            Array.Sort(keys);
            for (var start = 0; start < n;)
            {
                var end = start + 1;
                while (end < n && keys[end] >> 32 == keys[start] >> 32)
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
                            if (ra != rb && IsCopy(components.AsSpan(a * H, H), shingles[a], components.AsSpan(b * H, H), shingles[b]))
                            {
                                parent[Math.Max(ra, rb)] = Math.Min(ra, rb);
                            }
                        }
                    }
                }
                start = end;
            }
        }

        // A root is its set's first article, so clusters are numbered by their first document: the same articles, the
        // same numbers. Only articles with copies are gathered.
        var size = new int[n];
        for (var i = 0; i < n; i++)
        {
            size[Find(i)]++;
        }
        var members = new Dictionary<int, List<int>>();
        for (var i = 0; i < n; i++)
        {
            var root = Find(i);
            if (size[root] > 1)
            {
                if (!members.TryGetValue(root, out var list))
                {
                    members[root] = list = [];
                }
                list.Add(docs[i]);
            }
        }
        var clusterOf = new int[reader.MaxDoc];
        Array.Fill(clusterOf, -1);
        var clusters = new List<CopyCluster>();
        foreach (var group in members.OrderBy(m => m.Key).Select(m => m.Value))
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
