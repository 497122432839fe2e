using System.Diagnostics;
using System.Globalization;
using System.Text;
using Search.Core.Enrichment;
using Search.Core.Searching;

namespace Search.Benchmarks;

/// <summary>
/// Where a search's time goes, per query of the benchmark set, in process: the median of the whole search, and of the
/// same search without highlighting, without facets, with neither, and with copies collapsed. The differences are the
/// cost of each part.
/// </summary>
public static class SearchProfile
{
    private sealed record Variant(string Name, Func<SearchRequest, SearchRequest> Shape);

    private static readonly Variant[] Variants =
    [
        new("full", r => r),
        new("no highlight", r => r with { Highlight = false }),
        new("no facets", r => r with { Facets = [] }),
        new("neither", r => r with { Highlight = false, Facets = [] }),
        new("collapse copies", r => r with { Collapse = Collapse.Copies }),
    ];

    /// <param name="kind">Only the queries whose kind contains this ("phrase", "filter"); null for all.</param>
    public static string Run(string index, int rounds, string? kind = null)
    {
        using var searcher = new ArticleSearcher(index, EnrichmentData.Default);
        var queries = Runner.QuerySet();
        var sb = new StringBuilder();
        sb.AppendLine(CultureInfo.InvariantCulture, $"Search profile of {index}, {rounds} rounds, median ms, on {Measure.Machine()}.");
        sb.AppendLine();
        sb.AppendLine("| query | matches | " + string.Join(" | ", Variants.Select(v => v.Name)) + " |");
        sb.AppendLine("| --- | ---: |" + string.Concat(Variants.Select(_ => " ---: |")));
        var all = Variants.ToDictionary(v => v.Name, _ => new List<double>());
        foreach (var q in queries.Where(q => kind is null || q.Kind.Contains(kind, StringComparison.OrdinalIgnoreCase)))
        {
            var request = new SearchRequest { Query = q.Q, Filters = q.Filters(), From = q.FromDate, To = q.ToDate };
            var total = searcher.Search(request).Total;
            var medians = new List<double>();
            foreach (var v in Variants)
            {
                var shaped = v.Shape(request);
                for (var i = 0; i < 3; i++)
                {
                    searcher.Search(shaped);
                }
                var times = new List<double>();
                for (var i = 0; i < rounds; i++)
                {
                    var start = Stopwatch.GetTimestamp();
                    searcher.Search(shaped);
                    times.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                }
                times.Sort();
                all[v.Name].AddRange(times);
                medians.Add(Measure.Percentile(times, 50));
            }
            sb.AppendLine(string.Create(CultureInfo.InvariantCulture, $"| {q.Kind}: `{q.Q}` {string.Join(' ', q.Outlets.Concat(q.Countries).Concat(q.People))} {q.From} {q.To} | {total:N0} | ")
                + string.Join(" | ", medians.Select(m => m.ToString("0.00", CultureInfo.InvariantCulture))) + " |");
        }
        sb.AppendLine("| all queries, p50 / p99 | | "
            + string.Join(" | ", Variants.Select(v =>
            {
                var times = all[v.Name];
                times.Sort();
                return string.Create(CultureInfo.InvariantCulture, $"{Measure.Percentile(times, 50):0.00} / {Measure.Percentile(times, 99):0.00}");
            })) + " |");
        return sb.ToString();
    }
}
