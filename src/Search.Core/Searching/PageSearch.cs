using System.Diagnostics;
using Lucene.Net.Search;
using Search.Core.Copies;
using Search.Core.Facets;
using Search.Core.Highlighting;
using Search.Core.Schema;

namespace Search.Core.Searching;

/// <summary>
/// One page of a search: the plan run once under its budget for the top hits (collapsed into stories when asked),
/// facets over all matches, the cursor of the next page, and suggestions when nothing matched.
/// </summary>
internal static class PageSearch
{
    public static SearchResult Run(IndexSearcher searcher, SearchRequest request, KeywordValues values, TimeBudget budget, Stopwatch clock)
    {
        var plan = SearchPlan.For(request, values, searcher.IndexReader);
        var top = TopFieldCollector.Create(plan.Sort, Math.Max(1, plan.Window), plan.After, fillFields: true, trackDocScores: true, trackMaxScore: false, docsScoredInOrder: true);
        var clusters = CopyClusters.For(searcher.IndexReader);
        var collapsing = request.Collapse == Collapse.Copies ? new CopyCollapsingCollector(top, clusters, request.Sort) : null;
        using var collector = budget.Collect(searcher, plan, collapsing ?? (ICollector)top, collapsing is null ? null : clusters);
        collapsing?.Finish(searcher.IndexReader);
        var docs = top.GetTopDocs(plan.Skip, request.Limit).ScoreDocs;
        var hits = HitReader.Page(searcher, docs, request.Highlight ? HighlightTerms.From(plan.Parsed) : null, request)
            .Select((hit, i) => hit with { Copies = StoryReader.CopiesOf(clusters, docs[i].Doc, collapsing is not null) }).ToList();
        var seenSoFar = plan.Skip + hits.Count;
        var total = collapsing?.Stories ?? collector.Total;
        var next = request.Limit > 0 && hits.Count == request.Limit && (plan.After is not null || seenSoFar < total)
            ? SearchCursor.Encode((FieldDoc)docs[^1], request.Sort, plan.Fingerprint) : null;
        var facets = FacetShaper.Shape(collector, plan, values);
        collector.CountStories = true;
        var storyFacets = collapsing is null ? null : FacetShaper.Shape(collector, plan, values);
        return new SearchResult(collector.Total, hits, facets, next, clock.Elapsed.TotalMilliseconds,
            collector.Total == 0 ? FilterSuggestions.For(searcher.IndexReader, plan, values) : null, collapsing?.Stories, storyFacets);
    }
}
