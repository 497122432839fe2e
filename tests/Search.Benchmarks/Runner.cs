using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Search.Core.Enrichment;
using Search.Core.Searching;

namespace Search.Benchmarks;

/// <summary>
/// The end-to-end benchmark: for each corpus size, generate the corpus (once, cached), index it with the published
/// indexer in a child process (wall time, peak RSS, index size, enrichment share), then search it in process and over
/// HTTP against the published service (latency p50/p95/p99 with one client, throughput with 1, 2, 4 and 8 clients,
/// service memory). Writes results.json and results.md.
/// </summary>
public static partial class Runner
{
    private static readonly string[] LeadingCountries =
        ["United States", "Israel", "Iran", "Syria", "Iraq", "Russia", "China", "Ukraine", "United Kingdom", "France", "Germany", "Turkey", "Saudi Arabia", "Egypt", "Lebanon", "Jordan"];

    [GeneratedRegex(@"read (\d+).* in ([\d.]+) s .*enrichment ([\d.]+) s")]
    private static partial Regex Summary();

    public sealed record IndexingResult(int Articles, double TextMb, double Seconds, double ArticlesPerSecond, double MbPerSecond, double PeakRssMb, double IndexMb, double EnrichmentShare, double MergeSeconds = 0);

    public sealed record SizeResult(IndexingResult Indexing, SearchLoad.Result InProcess, SearchLoad.Result Http, double ServiceRssMbAfterWarmup, double ServiceRssMbAfterLoad,
        IReadOnlyList<ExportRun.Result> Exports, BatchRun.Result? Batch = null, JavaReference.Result? Reference = null,
        IReadOnlyDictionary<string, double>? MedianMatchesByKind = null);

    public sealed record Report(string Date, string Machine, IReadOnlyList<SizeResult> Sizes);

    /// <summary>Changes when the generator writes other articles, so a corpus cached in a work folder is not reused.</summary>
    public const string CorpusVersion = "v2";

    public static CorpusGenerator Generator()
    {
        var data = EnrichmentData.Default;
        // Ordinal order: the corpus must not depend on the process's culture settings.
        var countries = LeadingCountries.Concat(data.Gazetteer.Countries.Select(c => c.Name).Where(n => !LeadingCountries.Contains(n)).Order(StringComparer.Ordinal)).ToList();
        var firstNames = File.ReadLines(Path.Combine(EnrichmentData.DefaultDirectory, "first-names.txt")).Where(l => !l.StartsWith('#'))
            .SelectMany(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToList();
        var sentences = File.ReadLines(Path.Combine(AppContext.BaseDirectory, "data", "sentences-en.txt")).Where(l => l.Length > 0).ToList();
        return new CorpusGenerator(20261123, countries, firstNames, sentences);
    }

    public static async Task<int> RunAsync(int[] counts, string work, string indexerDll, string apiDll, TimeSpan perLevel, string output)
    {
        Directory.CreateDirectory(work);
        var sizes = new List<SizeResult>();
        foreach (var count in counts)
        {
            var corpus = Path.Combine(work, $"corpus-{CorpusVersion}-{count}.jsonl");
            if (!File.Exists(corpus))
            {
                Console.Error.WriteLine($"generating {count:N0} articles → {corpus}");
                Generator().Write(corpus + ".tmp", count);
                File.Move(corpus + ".tmp", corpus);
            }
            var index = Path.Combine(work, $"index-{count}");
            var indexing = Index(indexerDll, corpus, index, count);
            Console.Error.WriteLine($"indexed {count:N0}: {indexing}");
            var size = await SearchAsync(index, apiDll, indexing, perLevel);
            if (JavaReference.ClassPath is not null)
            {
                size = size with { Reference = JavaReference.Run(work, corpus, indexerDll, count, QuerySet(), perLevel) };
                Console.Error.WriteLine($"reference {count:N0}: {JsonSerializer.Serialize(size.Reference)}");
            }
            sizes.Add(size);
            Console.Error.WriteLine($"searched {count:N0}: in process p50 {size.InProcess.P50:0.00} ms, HTTP p50 {size.Http.P50:0.00} ms p99 {size.Http.P99:0.00} ms");
            // Written after each size, so a long run stopped early keeps what it measured.
            await WriteAsync(output, sizes);
        }
        Console.WriteLine(Markdown(await WriteAsync(output, sizes)));
        return 0;
    }

    private static async Task<Report> WriteAsync(string output, List<SizeResult> sizes)
    {
        var report = new Report(DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Measure.Machine(), sizes);
        Directory.CreateDirectory(output);
        await File.WriteAllTextAsync(Path.Combine(output, "results.json"), JsonSerializer.Serialize(report, new JsonSerializerOptions { WriteIndented = true }));
        await File.WriteAllTextAsync(Path.Combine(output, "results.md"), Markdown(report));
        return report;
    }

    private static IndexingResult Index(string indexerDll, string corpus, string index, int count)
    {
        if (Directory.Exists(index))
        {
            Directory.Delete(index, recursive: true);
        }
        var textMb = 0.0;
        foreach (var line in File.ReadLines(corpus))
        {
            using var doc = JsonDocument.Parse(line);
            textMb += Encoding.UTF8.GetByteCount(doc.RootElement.GetProperty("text").GetString()!) / 1e6;
        }
        var (exitCode, output, _, peak) = Measure.Run("dotnet", [indexerDll, "index", corpus, "--index", index, "--rebuild"]);
        var m = Summary().Match(output);
        if (exitCode != 0 || !m.Success)
        {
            throw new InvalidOperationException($"the indexer failed ({exitCode}): {output}");
        }
        var seconds = double.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture);
        var enrichment = double.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture);
        // Then merge into one segment, as an archive would be after a bulk load (timed on its own).
        var merge = Stopwatch.StartNew();
        using (var optimize = Measure.Start("dotnet", [indexerDll, "optimize", "--index", index]))
        {
            optimize.WaitForExit();
        }
        return new IndexingResult(count, Math.Round(textMb, 1), seconds, Math.Round(count / seconds), Math.Round(textMb / seconds, 2), Math.Round(peak),
            Math.Round(Measure.DirectoryBytes(index) / 1e6), Math.Round(enrichment / (seconds * Environment.ProcessorCount), 3), Math.Round(merge.Elapsed.TotalSeconds, 1));
    }

    /// <summary>Only the search phase, over an index built earlier: for measuring a change to searching without reindexing.</summary>
    public static async Task<string> SearchOnlyAsync(string index, string apiDll, TimeSpan perLevel)
    {
        (index, apiDll) = (Path.GetFullPath(index), Path.GetFullPath(apiDll));
        var size = await SearchAsync(index, apiDll, new IndexingResult(0, 0, 0, 0, 0, 0, Math.Round(Measure.DirectoryBytes(index) / 1e6), 0), perLevel);
        string Line(string name, SearchLoad.Result r) => string.Create(CultureInfo.InvariantCulture,
            $"{name}: p50 {r.P50:0.00} ms, p95 {r.P95:0.00} ms, p99 {r.P99:0.00} ms, searches/s at 1/2/4/8 clients {string.Join(" / ", r.ThroughputPerSecond.OrderBy(kv => kv.Key).Select(kv => kv.Value.ToString("0", CultureInfo.InvariantCulture)))}, errors {r.Errors}");
        var exports = size.Exports.Select(e => string.Create(CultureInfo.InvariantCulture,
            $"export NDJSON{(e.WithText ? " with text" : "")}: {e.Articles:N0} articles in {e.Seconds:0.00} s, {e.ArticlesPerSecond:N0} articles/s, {e.MegabytesPerSecond:0.0} MB/s, service RSS {e.RssBeforeMb:0} → peak {e.RssPeakMb:0} MB"));
        var batch = size.Batch is { } b ? string.Create(CultureInfo.InvariantCulture,
            $"batch of {b.Queries:N0} queries with counts per outlet: {b.Seconds:0.0} s, {b.QueriesPerSecond:N0} queries/s, service RSS {b.RssBeforeMb:0} → peak {b.RssPeakMb:0} MB") : "";
        var kinds = string.Join("\n", size.Http.ByKind!.Select(kv => string.Create(CultureInfo.InvariantCulture,
            $"  {kv.Key}: HTTP p50 {kv.Value.P50:0.00} p95 {kv.Value.P95:0.00} ms, in process p50 {size.InProcess.ByKind![kv.Key].P50:0.00} p95 {size.InProcess.ByKind[kv.Key].P95:0.00} ms, {size.InProcess.ByKind[kv.Key].AllocatedKb:N0} KB allocated, median matches {size.MedianMatchesByKind![kv.Key]:N0}")));
        return $"{Line("in process", size.InProcess)}\n{Line("HTTP", size.Http)}\n{kinds}\nservice RSS {size.ServiceRssMbAfterLoad:0} MB\n{string.Join("\n", exports)}\n{batch}";
    }

    private static async Task<SizeResult> SearchAsync(string index, string apiDll, IndexingResult indexing, TimeSpan perLevel)
    {
        var queries = QuerySet();
        int[] clients = [1, 2, 4, 8];
        SearchLoad.Result inProcess;
        using (var searcher = new ArticleSearcher(index, EnrichmentData.Default))
        {
            inProcess = await SearchLoad.RunAsync(queries, q =>
            {
                searcher.Search(new SearchRequest { Query = q.Q, Filters = q.Filters(), From = q.FromDate, To = q.ToDate });
                return Task.CompletedTask;
            }, rounds: 10, perLevel, clients, onThisThread: true);
        }

        using var bench = await BenchService.StartAsync(apiDll, index, index + ".state.db");
        var (service, http) = (bench.Process, bench.Http);
        foreach (var q in queries)
        {
            (await http.GetAsync("/api/search?" + q.QueryString())).EnsureSuccessStatusCode();
        }
        var afterWarmup = Measure.MemoryMb(service.Id) ?? 0;
        var matches = new Dictionary<string, List<double>>();
        foreach (var q in queries)
        {
            using var counted = JsonDocument.Parse(await http.GetStringAsync("/api/search?limit=0&" + q.QueryString()));
            foreach (var kind in q.Groups())
            {
                (matches.TryGetValue(kind, out var list) ? list : matches[kind] = []).Add(counted.RootElement.GetProperty("total").GetInt32());
            }
        }
        var result = await SearchLoad.RunAsync(queries, async q =>
        {
            using var response = await http.GetAsync("/api/search?" + q.QueryString());
            response.EnsureSuccessStatusCode();
            await response.Content.ReadAsByteArrayAsync();
        }, rounds: 10, perLevel, clients);
        var afterLoad = Math.Round(Measure.MemoryMb(service.Id) ?? 0);
        // Exports of about 100,000 matches, after one small export to warm the path up.
        var selection = ExportRun.Selection(indexing.Articles > 0 ? indexing.Articles : (await Stats(http)));
        await ExportRun.RunAsync(http.BaseAddress!, service.Id, $"q={Uri.EscapeDataString(queries[0].Q)}", withText: true);
        var exports = new List<ExportRun.Result>();
        foreach (var withText in new[] { false, true })
        {
            exports.Add(await ExportRun.RunAsync(http.BaseAddress!, service.Id, selection, withText));
        }
        var batch = await BatchRun.RunAsync(http.BaseAddress!, service.Id, queries);
        return new SizeResult(indexing, inProcess, result, Math.Round(afterWarmup), afterLoad, exports, batch,
            MedianMatchesByKind: matches.ToDictionary(kv => kv.Key, kv => Measure.Percentile(kv.Value.Order().ToList(), 50)));
    }

    public static IReadOnlyList<BenchQuery> QuerySet() =>
        NewsroomQueries.From(Generator(), EnrichmentData.Default.Gazetteer.Countries.GroupBy(c => c.Name).ToDictionary(g => g.Key, g => g.First().Code));

    private static async Task<int> Stats(HttpClient http)
    {
        using var stats = JsonDocument.Parse(await http.GetStringAsync("/api/stats"));
        return stats.RootElement.GetProperty("articles").GetInt32();
    }

    public static string Markdown(Report r)
    {
        var sb = new StringBuilder();
        sb.AppendLine(CultureInfo.InvariantCulture, $"Benchmark of {r.Date} on {r.Machine}.");
        sb.AppendLine();
        sb.AppendLine("| articles | text | index: articles/s | MB/s | peak RSS | index size | enrichment share | merge to 1 segment | search in process p50 / p95 / p99 | HTTP p50 / p95 / p99 | HTTP searches/s at 1 / 2 / 4 / 8 clients | service RSS |");
        sb.AppendLine("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- | --- | ---: |");
        foreach (var s in r.Sizes)
        {
            var i = s.Indexing;
            string Lat(SearchLoad.Result x) => string.Create(CultureInfo.InvariantCulture, $"{x.P50:0.0} / {x.P95:0.0} / {x.P99:0.0} ms");
            var tput = string.Join(" / ", s.Http.ThroughputPerSecond.OrderBy(kv => kv.Key).Select(kv => kv.Value.ToString("0", CultureInfo.InvariantCulture)));
            sb.AppendLine(CultureInfo.InvariantCulture,
                $"| {i.Articles:N0} | {i.TextMb:N0} MB | {i.ArticlesPerSecond:N0} | {i.MbPerSecond:0.0} | {i.PeakRssMb:N0} MB | {i.IndexMb:N0} MB | {i.EnrichmentShare:P0} | {i.MergeSeconds:0.0} s | {Lat(s.InProcess)} | {Lat(s.Http)} | {tput} | {s.ServiceRssMbAfterLoad:N0} MB |");
        }
        sb.AppendLine();
        sb.AppendLine("Every search asks for facets outlet, country, person and year over all matches and highlights on the top 20; " +
                      "the query set is a newsroom's, drawn from the corpus: a third quoted phrases, prefixes and wildcards, words from common to rare, AND, OR, NOT, " +
                      "filters by outlet, person, country and date, and searches that match nothing (tests/Search.Benchmarks/NewsroomQueries.cs).");
        sb.AppendLine();
        if (r.Sizes.Any(s => s.Reference is not null))
        {
            sb.AppendLine("Against the reference, Apache Lucene 4.10 in Java on the same corpus and queries (reference/LuceneReference.java: no enrichment, " +
                          "merge to one segment counted, searches in process; this service: enrichment and merge counted, searches over HTTP). Ratios are this service / Lucene: " +
                          "above 1 is better for rates, below 1 is better for sizes and times.");
            sb.AppendLine();
            sb.AppendLine("| articles | | articles/s (merge included) | index size | p50 | p95 | p99 | searches/s, 2 clients |");
            sb.AppendLine("| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: |");
            foreach (var s in r.Sizes.Where(s => s.Reference is not null))
            {
                var j = s.Reference!;
                var i = s.Indexing;
                var ours = i.Articles / (i.Seconds + i.MergeSeconds);
                var ours2 = s.Http.ThroughputPerSecond.GetValueOrDefault(2);
                var ref2 = j.ThroughputPerSecond.GetValueOrDefault("2");
                sb.AppendLine(CultureInfo.InvariantCulture, $"| {i.Articles:N0} | Lucene 4.10 (Java) | {j.ArticlesPerSecond:N0} | {j.IndexMb:N0} MB | {j.P50:0.0} ms | {j.P95:0.0} ms | {j.P99:0.0} ms | {ref2:N0} |");
                sb.AppendLine(CultureInfo.InvariantCulture, $"| {i.Articles:N0} | this service | {ours:N0} | {i.IndexMb:N0} MB | {s.Http.P50:0.0} ms | {s.Http.P95:0.0} ms | {s.Http.P99:0.0} ms | {ours2:N0} |");
                sb.AppendLine(CultureInfo.InvariantCulture, $"| {i.Articles:N0} | ratio | {ours / j.ArticlesPerSecond:0.00}× | {i.IndexMb / j.IndexMb:0.00}× | {s.Http.P50 / j.P50:0.00}× | {s.Http.P95 / j.P95:0.00}× | {s.Http.P99 / j.P99:0.00}× | {ours2 / ref2:0.00}× |");
            }
            sb.AppendLine();
            sb.AppendLine();
        }
        foreach (var s in r.Sizes.Where(s => s.Http.ByKind is not null))
        {
            sb.AppendLine(CultureInfo.InvariantCulture, $"By kind of query, {s.Indexing.Articles:N0} articles, one client, milliseconds (p50 / p95).");
            sb.AppendLine("This service marks whole phrases, prefix and wildcard matches and stemmed forms in its passages; Lucene's PostingsHighlighter marks each matching term on its own.");
            sb.AppendLine();
            sb.AppendLine("| kind | queries | median matches | this service over HTTP | in process | KB allocated in process | Lucene 4.10 (Java) | p50 ratio |");
            sb.AppendLine("| --- | ---: | ---: | --- | --- | ---: | --- | ---: |");
            // The kinds in the set's order, then the groups (every search with a quoted phrase; with a prefix or wildcard).
            foreach (var (kind, http) in s.Http.ByKind!.OrderBy(kv => kv.Key is BenchQuery.AllPhrases or BenchQuery.AllPatterns ? 1 : 0))
            {
                var inProcess = s.InProcess.ByKind is null ? null : s.InProcess.ByKind.GetValueOrDefault(kind);
                var lucene = s.Reference is null ? null : s.Reference.ByKind.GetValueOrDefault(kind);
                string Pair(SearchLoad.KindLatency? k) => k is null ? "—" : string.Create(CultureInfo.InvariantCulture, $"{k.P50:0.0} / {k.P95:0.0}");
                var ratio = lucene is { P50: > 0 } ? string.Create(CultureInfo.InvariantCulture, $"{http.P50 / lucene.P50:0.00}×") : "—";
                sb.AppendLine(CultureInfo.InvariantCulture,
                    $"| {kind} | {http.Searches / 10:N0} | {s.MedianMatchesByKind?.GetValueOrDefault(kind):N0} | {Pair(http)} | {Pair(inProcess)} | {inProcess?.AllocatedKb:N0} | {Pair(lucene)} | {ratio} |");
            }
            sb.AppendLine();
        }
        sb.AppendLine("| articles | export (NDJSON over HTTP) | matches | time | articles/s | MB/s | service RSS before → peak |");
        sb.AppendLine("| ---: | --- | ---: | ---: | ---: | ---: | --- |");
        foreach (var s in r.Sizes)
        {
            foreach (var e in s.Exports)
            {
                sb.AppendLine(CultureInfo.InvariantCulture,
                    $"| {s.Indexing.Articles:N0} | {(e.WithText ? "metadata and text" : "metadata (default fields)")} | {e.Articles:N0} | {e.Seconds:0.0} s | {e.ArticlesPerSecond:N0} | {e.MegabytesPerSecond:0.0} | {e.RssBeforeMb:N0} → {e.RssPeakMb:N0} MB |");
            }
        }
        sb.AppendLine();
        sb.AppendLine("| articles | batch (POST /api/batch, counts per outlet) | time | queries/s | service RSS before → peak |");
        sb.AppendLine("| ---: | --- | ---: | ---: | --- |");
        foreach (var s in r.Sizes.Where(s => s.Batch is not null))
        {
            var b = s.Batch!;
            sb.AppendLine(CultureInfo.InvariantCulture, $"| {s.Indexing.Articles:N0} | {b.Queries:N0} queries ({b.Answered:N0} answered) | {b.Seconds:0.0} s | {b.QueriesPerSecond:N0} | {b.RssBeforeMb:N0} → {b.RssPeakMb:N0} MB |");
        }
        return sb.ToString();
    }
}
