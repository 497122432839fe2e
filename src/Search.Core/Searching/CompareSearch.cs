using Lucene.Net.Search;
using Search.Core.Coverage;
using Search.Core.Errors;
using Search.Core.Facets;
using Search.Core.Schema;

namespace Search.Core.Searching;

/// <summary>What each value of a facet says differently from the others over a search's matches (<see cref="DistinctiveTerms"/>).</summary>
internal static class CompareSearch
{
    /// <summary>The facet compared, once the values and size are checked.</summary>
    public static FieldDefinition Check(string by, IReadOnlyList<string> values, int size)
    {
        var field = SearchPlan.FacetNamed(by, "by");
        if (values.Count is 1 or > CompareResult.MaxValues)
        {
            throw new SearchRequestException(ErrorCodes.InvalidValues, $"values must name 2 to {CompareResult.MaxValues} values to compare, not {values.Count}", "values");
        }
        SearchPlan.CheckRange(size, SearchRequest.MaxLimit, ErrorCodes.LimitOutOfRange, "terms");
        return field;
    }

    public static CompareResult Run(IndexSearcher searcher, SearchPlan plan, TimeBudget budget, KeywordValues keywords,
        FieldDefinition field, IReadOnlyList<string> values, int size, int samplePerValue)
    {
        var labels = values.Count > 0
            ? values.Select(v => keywords.Canonical(field, v)).Distinct(StringComparer.OrdinalIgnoreCase).ToArray()
            : TopValues(searcher, plan, budget, field.IndexName);
        var ordinals = FacetOrdinals.For(searcher.IndexReader).Get(field.IndexName);
        var compared = labels.Select(l => (int)ordinals.Find(l)).ToArray();
        var terms = new DistinctiveTerms(searcher.IndexReader, field.IndexName, compared, labels, samplePerValue);
        using var collector = budget.Collect(searcher, plan, terms);
        return new CompareResult(field.Name, collector.Total, samplePerValue,
            terms.Result(keywords.Data.CompareStopWords, size, code => keywords.Data.Gazetteer.ByCode(code)?.Name, v => keywords.DisplayName(field, v)));
    }

    private static string[] TopValues(IndexSearcher searcher, SearchPlan plan, TimeBudget budget, string field)
    {
        using var counting = budget.Collect(searcher, plan, new TotalHitCountCollector());
        return counting.Top(field, CompareResult.DefaultValues).Select(kv => kv.Key).ToArray();
    }
}
