using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Search.Benchmarks;

/// <summary>
/// Runs the reference, Apache Lucene 4.10 in Java (<c>reference/LuceneReference.java</c>), on the same corpus and
/// query set: it indexes the service's own extract of the corpus (so the reference does no enrichment but counts the
/// same facet values), merges to one segment, and searches in process. Enabled when <c>LUCENE_REFERENCE_CP</c> holds
/// the compiled class folder and Lucene's jars (tests/benchmark.sh installs and compiles them).
/// </summary>
public static class JavaReference
{
    public sealed record Result(int Articles, double Seconds, double ArticlesPerSecond, double IndexMb, double PeakRssMb,
        double P50, double P95, double P99, IReadOnlyDictionary<string, double> ThroughputPerSecond, IReadOnlyDictionary<string, SearchLoad.KindLatency> ByKind);

    public static string? ClassPath => Environment.GetEnvironmentVariable("LUCENE_REFERENCE_CP") is { Length: > 0 } cp ? cp : null;

    public static Result Run(string work, string corpus, string indexerDll, int count, IReadOnlyList<BenchQuery> queries, TimeSpan perLevel)
    {
        var enriched = Path.Combine(work, $"enriched-{Path.GetFileNameWithoutExtension(corpus)}.ndjson");
        if (!File.Exists(enriched))
        {
            Console.Error.WriteLine($"extracting {count:N0} articles for the reference → {enriched}");
            using (var output = File.Create(enriched + ".tmp"))
            using (var extract = Measure.Start("dotnet", [indexerDll, "extract", corpus]))
            {
                extract.ErrorDataReceived += (_, _) => { };
                extract.BeginErrorReadLine();
                extract.StandardOutput.BaseStream.CopyTo(output);
                extract.WaitForExit();
            }
            File.Move(enriched + ".tmp", enriched);
        }
        var queriesFile = Path.Combine(work, "queries.tsv");
        File.WriteAllLines(queriesFile, queries.Select(q => q.TsvLine()), new UTF8Encoding(false));
        var index = Path.Combine(work, $"reference-index-{count}");
        if (Directory.Exists(index))
        {
            Directory.Delete(index, recursive: true);
        }
        var (indexing, peak) = Java(["index", enriched, index]);
        var (search, _) = Java(["search", index, queriesFile, perLevel.TotalSeconds.ToString(CultureInfo.InvariantCulture)]);
        using var i = JsonDocument.Parse(indexing);
        using var s = JsonDocument.Parse(search);
        Dictionary<string, double> Map(string name) => s.RootElement.GetProperty(name).EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetDouble());
        return new Result(i.RootElement.GetProperty("articles").GetInt32(), i.RootElement.GetProperty("seconds").GetDouble(),
            i.RootElement.GetProperty("articlesPerSecond").GetDouble(), i.RootElement.GetProperty("indexMb").GetDouble(), Math.Round(peak),
            s.RootElement.GetProperty("p50").GetDouble(), s.RootElement.GetProperty("p95").GetDouble(), s.RootElement.GetProperty("p99").GetDouble(),
            Map("throughputPerSecond"), s.RootElement.GetProperty("byKind").EnumerateObject().ToDictionary(p => p.Name,
                p => new SearchLoad.KindLatency(p.Value.GetProperty("searches").GetInt32(), p.Value.GetProperty("p50").GetDouble(), p.Value.GetProperty("p95").GetDouble())));
    }

    private static (string Json, double PeakRssMb) Java(string[] args)
    {
        var (exitCode, output, errors, peak) = Measure.Run("java", ["-Xmx2g", "-cp", ClassPath!, "LuceneReference", .. args]);
        if (exitCode != 0)
        {
            throw new InvalidOperationException($"the Lucene reference failed ({exitCode}): {errors}");
        }
        return (output.Trim().Split('\n')[^1], peak);
    }
}
