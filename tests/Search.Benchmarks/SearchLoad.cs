using System.Diagnostics;
using Search.Core.Searching;
using Search.Core.Errors;

namespace Search.Benchmarks;

/// <summary>Latency with one client and throughput with several, for any way of running one query.</summary>
public static class SearchLoad
{
    public sealed record Result(double P50, double P95, double P99, IReadOnlyDictionary<int, double> ThroughputPerSecond, int Errors);

    public static async Task<Result> RunAsync(IReadOnlyList<BenchQuery> queries, Func<BenchQuery, Task> run, int rounds, TimeSpan perLevel, int[] clients)
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
        for (var round = 0; round < rounds; round++)
        {
            foreach (var q in queries)
            {
                var start = Stopwatch.GetTimestamp();
                await Safe(q);
                latencies.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }
        }
        latencies.Sort();

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
        return new Result(Measure.Percentile(latencies, 50), Measure.Percentile(latencies, 95), Measure.Percentile(latencies, 99), throughput, errors);
    }
}
