using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using Search.Core.State;

namespace Search.Benchmarks;

/// <summary>
/// What keeping an archive costs (<c>archive</c>): <c>reindex</c> over an index of the corpus (articles/s, peak RSS),
/// a full backup, an incremental one after 1,000 more articles, one with nothing new, and the audit log's cost per
/// search: the same searches against the service as a public archive and as a private one with the audit log on,
/// alternated twice, medians of each.
/// </summary>
public static class ArchiveRun
{
    public static async Task<string> RunAsync(string corpus, string work, string indexerDll, string apiDll, TimeSpan perLevel)
    {
        (corpus, work, indexerDll, apiDll) = (Path.GetFullPath(corpus), Path.GetFullPath(work), Path.GetFullPath(indexerDll), Path.GetFullPath(apiDll));
        Directory.CreateDirectory(work);
        var index = Path.Combine(work, "index");
        var lines = new List<string> { $"machine: {Measure.Machine()}" };
        string Line(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

        if (!Directory.Exists(index))
        {
            var build = Timed(indexerDll, ["index", corpus, "--index", index]);
            lines.Add(Line($"index: {build.Seconds:0.0} s, peak RSS {build.PeakMb:0} MB"));
        }
        var articles = File.ReadLines(corpus).Count();
        var stored = new DirectoryInfo(index).EnumerateFiles().Where(f => f.Extension is ".fdt" or ".fdx").Sum(f => f.Length);
        lines.Add(Line($"index: {articles:N0} articles, {Measure.DirectoryBytes(index) / 1e6:0} MB, of which stored source documents {stored / 1e6:0.0} MB"));

        var reindex = Timed(indexerDll, ["reindex", "--index", index]);
        lines.Add(Line($"reindex: {reindex.Seconds:0.0} s, {articles / reindex.Seconds:0} articles/s, peak RSS {reindex.PeakMb:0} MB"));

        var backup = Path.Combine(work, "backup");
        if (Directory.Exists(backup))
        {
            Directory.Delete(backup, recursive: true);
        }
        lines.Add("backup, full: " + Timed(indexerDll, ["backup", "--index", index, "--to", backup]).Summary);
        var more = Path.Combine(work, "more.jsonl");
        File.WriteAllLines(more, File.ReadLines(corpus).Take(1000).Select(l =>
        {
            var article = JsonNode.Parse(l)!;
            article["id"] = "more-" + article["id"];
            return article.ToJsonString();
        }));
        Timed(indexerDll, ["index", more, "--index", index]);
        lines.Add("backup, incremental after 1,000 more articles: " + Timed(indexerDll, ["backup", "--index", index, "--to", backup]).Summary);
        lines.Add("backup, nothing new: " + Timed(indexerDll, ["backup", "--index", index, "--to", backup]).Summary);

        lines.Add(await AccessCostAsync(index, apiDll, perLevel));
        return string.Join('\n', lines);
    }

    /// <summary>The same searches against a public archive, a private one, and a private one with the audit log, alternated twice.</summary>
    public static async Task<string> AccessCostAsync(string index, string apiDll, TimeSpan perLevel)
    {
        (index, apiDll) = (Path.GetFullPath(index), Path.GetFullPath(apiDll));
        var lines = new List<string>();
        string Line(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
        var state = index + ".state.db";
        var secret = new ApiKeys(StateStore.Open(state)).Create("bench-" + Guid.NewGuid().ToString("n")[..8], KeyRole.Reader).Secret;
        var modes = new Dictionary<string, string[]>
        {
            ["public"] = [],
            ["private, no audit"] = ["--Search:Access=private", "--Search:Audit=false"],
            ["private + audit"] = ["--Search:Access=private"],
        };
        var runs = modes.Keys.ToDictionary(m => m, _ => new List<SearchLoad.Result>());
        for (var round = 0; round < 2; round++)
        {
            foreach (var (mode, settings) in modes)
            {
                runs[mode].Add(await SearchAsync(index, state, apiDll, settings.Length == 0 ? null : secret, settings, perLevel));
            }
        }
        foreach (var (mode, results) in runs)
        {
            var runsP50 = string.Join(", ", results.Select(r => r.P50.ToString("0.00", CultureInfo.InvariantCulture)));
            lines.Add(Line($"searches, {mode}: p50 {Median(results.Select(r => r.P50)):0.00} ms, p99 {Median(results.Select(r => r.P99)):0.00} ms, 2 clients {Median(results.Select(r => r.ThroughputPerSecond[2])):0}/s (p50 of each run: {runsP50} ms)"));
        }
        // The same work in process, without the HTTP noise: a key looked up per request, entries written in one-second batches.
        var store = StateStore.Open(state);
        var keys = new ApiKeys(store);
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < 5000; i++)
        {
            keys.Find(secret);
        }
        var lookup = clock.Elapsed.TotalMicroseconds / 5000;
        var log = new AuditLog(store);
        var batch = Enumerable.Range(0, 200).Select(i => new AuditEntry(DateTimeOffset.UtcNow, "id", "bench", "127.0.0.1", "GET", "/api/search", $"?q=word{i}&facets=outlet", 200)).ToList();
        clock.Restart();
        for (var i = 0; i < 25; i++)
        {
            log.Record(batch);
        }
        var record = clock.Elapsed.TotalMicroseconds / (25 * batch.Count);
        lines.Add(Line($"in process: a key lookup {lookup:0} µs, an audit entry written in batches of 200 {record:0.0} µs (batch commit with full sync {record * 200 / 1000:0.0} ms)"));
        var audited = new AuditLog(StateStore.Open(state)).Read(limit: 10_000_000).Count;
        lines.Add(Line($"audit log rows: {audited:N0}; state file {new FileInfo(state).Length / 1e6:0.0} MB"));
        return string.Join('\n', lines);
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static (double Seconds, double PeakMb, string Summary) Timed(string dll, string[] args)
    {
        var clock = Stopwatch.StartNew();
        var run = Measure.Run("dotnet", [dll, .. args]);
        if (run.ExitCode != 0)
        {
            throw new InvalidOperationException($"{string.Join(' ', args)} failed ({run.ExitCode}): {run.Errors}");
        }
        var seconds = clock.Elapsed.TotalSeconds;
        return (seconds, run.PeakRssMb, string.Create(CultureInfo.InvariantCulture, $"{seconds:0.0} s wall, {run.Output.Trim()}"));
    }

    private static async Task<SearchLoad.Result> SearchAsync(string index, string state, string apiDll, string? key, string[] access, TimeSpan perLevel)
    {
        using var service = await BenchService.StartAsync(apiDll, index, state, access);
        var http = service.Http;
        if (key is not null)
        {
            http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", key);
        }
        var queries = Runner.QuerySet();
        return await SearchLoad.RunAsync(queries, async q =>
        {
            using var response = await http.GetAsync("/api/search?" + q.QueryString());
            response.EnsureSuccessStatusCode();
            await response.Content.ReadAsByteArrayAsync();
        }, rounds: 10, perLevel, [2]);
    }
}
