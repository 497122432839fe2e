using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Search.Core.Coverage;
using Search.Core.Errors;
using Search.Core.Facets;
using Search.Core.Schema;

namespace Search.Core.Searching;

/// <summary>
/// Matches per period split by a facet's values, and each value's share of its own output in the period: the
/// arithmetic behind <see cref="ArticleSearcher.Timeline"/>.
/// </summary>
internal static class TimelineSearch
{
    // Every article counted by value and period, once per reader: what a share is of.
    private static readonly ConditionalWeakTable<IndexReader, ConcurrentDictionary<string, PivotCounter>> Outputs = new();

    /// <summary>The facet split by and the period counted in, once the values and interval are checked.</summary>
    public static (FieldDefinition Field, FieldDefinition Period) Check(string by, IReadOnlyList<string> values, string interval)
    {
        var field = SearchPlan.FacetNamed(by, "by");
        var period = interval.ToLowerInvariant() switch
        {
            "year" or "month" => FieldCatalog.Facet(interval.ToLowerInvariant())!,
            _ => throw new SearchRequestException(ErrorCodes.InvalidInterval, $"interval must be year or month, not '{interval}'", "interval"),
        };
        if (values.Count > CompareResult.MaxValues)
        {
            throw new SearchRequestException(ErrorCodes.InvalidValues, $"values names at most {CompareResult.MaxValues} values, not {values.Count}", "values");
        }
        return (field, period);
    }

    public static TimelineResult Run(IndexSearcher searcher, SearchPlan plan, TimeBudget budget, KeywordValues keywords,
        FieldDefinition field, FieldDefinition period, IReadOnlyList<string> values, bool normalize)
    {
        var matches = new PivotCounter(searcher.IndexReader, field.IndexName, period.IndexName);
        using var collector = budget.Collect(searcher, plan, matches);
        var rows = values.Count > 0
            ? values.Select(v => keywords.Canonical(field, v)).Distinct(StringComparer.OrdinalIgnoreCase)
                .Select(v => (Label: v, Ord: (int)matches.RowOrdinals.Find(v))).ToList()
            : matches.Rows.Take(CompareResult.DefaultValues).Select(r => (Label: matches.RowOrdinals.Value(r.Ord), r.Ord)).ToList();
        var columns = matches.Columns.Where(c => rows.Any(r => r.Ord >= 0 && matches.Cell(r.Ord, c) > 0)).ToList();
        var outputs = normalize ? Output(searcher.IndexReader, field.IndexName, period.IndexName) : null;
        var series = rows.Select(r =>
        {
            var counts = columns.Select(c => r.Ord < 0 ? 0 : matches.Cell(r.Ord, c)).ToList();
            var output = outputs is null || r.Ord < 0 ? null : columns.Select(c => outputs.Cell(r.Ord, c)).ToList();
            var shares = output?.Select((o, i) => o == 0 ? (double?)null : Math.Round(counts[i] / (double)o, 4)).ToList();
            return new TimelineSeries(r.Label, keywords.DisplayName(field, r.Label), r.Ord < 0 ? 0 : matches.RowTotal(r.Ord), counts,
                outputs is null ? null : output ?? columns.Select(_ => 0).ToList(), outputs is null ? null : shares ?? columns.Select(_ => (double?)null).ToList());
        }).ToList();
        return new TimelineResult(field.Name, period.Name, normalize, collector.Total, columns.Select(c => matches.ColumnOrdinals.Value(c)).ToList(), series);
    }

    private static PivotCounter Output(IndexReader reader, string rows, string columns) =>
        Outputs.GetValue(reader, _ => new()).GetOrAdd(rows + "\u0001" + columns, _ =>
        {
            var counter = new PivotCounter(reader, rows, columns);
            new IndexSearcher(reader).Search(new MatchAllDocsQuery(), counter);
            return counter;
        });
}
