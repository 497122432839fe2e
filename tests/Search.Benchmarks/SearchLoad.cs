using System.Diagnostics;
using Search.Core.Searching;
using Search.Core.Errors;

namespace Search.Benchmarks;

/// <summary>Latency with one client and throughput with several, for any way of running one query.</summary>
public static class SearchLoad
{
    public sealed record Result(double P50, double P95, double P99, IReadOnlyDictionary<int, double> ThroughputPerSecond, int Errors,
        IReadOnlyDictionary<string, KindLatency>? ByKind = null);

    /// <summary>
    /// One kind of query's latency with one client: median and 95th percentile over its searches; for searches run on
    /// the calling thread (in process), the median bytes one search allocates.
    /// </summary>
    public sealed record KindLatency(int Searches, double P50, double P95, double? AllocatedKb = null);

    public static async Task<Result> RunAsync(IReadOnlyList<BenchQuery> queries, Func<BenchQuery, Task> run, int rounds, TimeSpan perLevel, int[] clients,
        bool onThisThread = false)
    {
        var errors = 0;
        async Task Safe(BenchQuery q)
        {
            try
            {
                await run(q);
            }
            catch (Exception e) when (e is HttpRequestException or SearchRequestException or InvalidOperationException)
            {
                Interlocked.Increment(ref errors);
            }
        }

        // Warm-up: the query set over and over for 5 s (JIT tiers, caches, the OS's file cache), as a service in use is.
        var warm = Stopwatch.StartNew();
        while (warm.Elapsed < TimeSpan.FromSeconds(5))
        {
            foreach (var q in queries)
            {
                await Safe(q);
            }
        }

        var latencies = new List<double>();
        var byKind = new Dictionary<string, List<double>>();
        var allocated = new Dictionary<string, List<double>>();
        for (var round = 0; round < rounds; round++)
        {
            foreach (var q in queries)
            {
                var bytes = GC.GetAllocatedBytesForCurrentThread();
                var start = Stopwatch.GetTimestamp();
                await Safe(q);
                var ms = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
                var kb = (GC.GetAllocatedBytesForCurrentThread() - bytes) / 1024.0;
                latencies.Add(ms);
                foreach (var kind in q.Groups())
                {
                    (byKind.TryGetValue(kind, out var list) ? list : byKind[kind] = []).Add(ms);
                    (allocated.TryGetValue(kind, out var a) ? a : allocated[kind] = []).Add(kb);
                }
            }
        }
        latencies.Sort();
        var kinds = byKind.ToDictionary(kv => kv.Key, kv =>
        {
            kv.Value.Sort();
            allocated[kv.Key].Sort();
            return new KindLatency(kv.Value.Count, Measure.Percentile(kv.Value, 50), Measure.Percentile(kv.Value, 95),
                onThisThread ? Math.Round(Measure.Percentile(allocated[kv.Key], 50), 1) : null);
        });

        var throughput = new Dictionary<int, double>();
        foreach (var n in clients)
        {
            var done = 0;
            var clock = Stopwatch.StartNew();
            var workers = Enumerable.Range(0, n).Select(w => Task.Run(async () =>
            {
                var i = w;
                while (clock.Elapsed < perLevel)
                {
                    await Safe(queries[i++ % queries.Count]);
                    Interlocked.Increment(ref done);
                }
            })).ToArray();
            await Task.WhenAll(workers);
            throughput[n] = done / clock.Elapsed.TotalSeconds;
        }
        return new Result(Measure.Percentile(latencies, 50), Measure.Percentile(latencies, 95), Measure.Percentile(latencies, 99), throughput, errors, kinds);
    }
}
