using System.Diagnostics;
using System.Net.Http.Json;

namespace Search.Benchmarks;

/// <summary>
/// One batch of 1,000 queries (the query set repeated, each with its filters) with counts per outlet, over HTTP as
/// NDJSON read to the end: how long it takes, and the service's memory before and at its highest (sampled every 50 ms).
/// </summary>
public static class BatchRun
{
    public sealed record Result(int Queries, int Answered, double Seconds, double QueriesPerSecond, double RssBeforeMb, double RssPeakMb);

    public static async Task<Result> RunAsync(Uri service, int servicePid, IReadOnlyList<BenchQuery> set, int count = 1_000)
    {
        using var http = new HttpClient { BaseAddress = service, Timeout = TimeSpan.FromMinutes(10) };
        var queries = Enumerable.Range(0, count).Select(i => set[i % set.Count]).Select((q, i) =>
        {
            var line = new Dictionary<string, object>
            {
                ["name"] = $"{q.Kind} {i}",
                ["q"] = q.Q,
                ["outlet"] = q.Outlets,
                ["country"] = q.Countries,
                ["person"] = q.People,
            };
            if (q.From is not null)
            {
                (line["from"], line["to"]) = (q.From, q.To!);
            }
            return line;
        }).ToList();
        var memory = new Measure.MemorySampler(servicePid);
        var clock = Stopwatch.StartNew();
        using var response = await http.PostAsJsonAsync("/api/batch", new { queries, breakdown = "outlet" });
        response.EnsureSuccessStatusCode();
        var answered = (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries).Length;
        var seconds = clock.Elapsed.TotalSeconds;
        await memory.DisposeAsync();
        return new Result(count, answered, Math.Round(seconds, 2), Math.Round(count / seconds), Math.Round(memory.BeforeMb), Math.Round(memory.PeakMb));
    }
}
