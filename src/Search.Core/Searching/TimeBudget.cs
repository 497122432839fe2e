using Lucene.Net.Search;

namespace Search.Core.Searching;

/// <summary>
/// Runs a plan's query once under a time budget: hits go to the given collector and facets are counted alongside
/// (<see cref="MultiSelectCollector"/>). Past the budget the search stops with <see cref="SearchTimeoutException"/>;
/// nothing partial is returned.
/// </summary>
/// <param name="budget">How long one search may run.</param>
/// <param name="clock">The clock the budget is measured on, in milliseconds; null for Lucene's global one (tests pass their own).</param>
internal sealed class TimeBudget(TimeSpan budget, Lucene.Net.Util.Counter? clock)
{
    /// <summary>Runs the plan for <paramref name="hits"/>; with <paramref name="stories"/>, facets are also counted in stories of these clusters of copies.</summary>
    public MultiSelectCollector Collect(IndexSearcher searcher, SearchPlan plan, ICollector hits, Copies.CopyClusters? stories = null)
    {
        var facets = plan.Facets.Select(f => f.IndexName).ToList();
        var collector = new MultiSelectCollector(searcher.IndexReader, hits, plan.Filters, facets, stories);
        var limited = new TimeLimitingCollector(collector, clock ?? TimeLimitingCollector.GlobalCounter, (long)budget.TotalMilliseconds);
        limited.SetBaseline();
        try
        {
            // Only the documents the collector keeps are visited (the filters' candidates), not every match of the query.
            searcher.Search(Facets.FilterCandidates.Restrict(plan.Query, plan.Filters, facets), limited);
        }
        catch (TimeLimitingCollector.TimeExceededException)
        {
            collector.Dispose();
            throw new SearchTimeoutException(budget);
        }
        return collector;
    }
}
