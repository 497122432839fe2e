using System.Diagnostics;
using System.Globalization;
using Lucene.Net.Index;
using Search.Core.Copies;
using Search.Core.Indexing;

namespace Search.Benchmarks;

/// <summary>How long building the clusters of copies takes when a searcher opens an index, and what it finds.</summary>
public static class CopiesRun
{
    public static string Run(string index)
    {
        using var directory = IndexStore.Open(index);
        using var reader = DirectoryReader.Open(directory);
        var before = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();
        var clusters = CopyClusters.For(reader);
        var seconds = clock.Elapsed.TotalSeconds;
        var allocated = (GC.GetTotalAllocatedBytes(precise: true) - before) / 1e6;
        var members = Enumerable.Range(0, clusters.Count).Sum(c => clusters.Cluster(c).Members.Count);
        return string.Create(CultureInfo.InvariantCulture,
            $"{reader.NumDocs:N0} articles: {clusters.Count:N0} clusters of copies holding {members:N0} articles, built in {seconds:0.00} s ({allocated:N0} MB allocated), on {Measure.Machine()}");
    }
}
