using Lucene.Net.Search;
using Search.Core.Model;
using Search.Core.Querying;

namespace Search.Core.Searching;

/// <summary>
/// Every match of a search in the search's order, read in search-after pages: memory stays bounded whatever the number
/// of matches. Each page takes a searcher of its own, so a long export never holds one reader.
/// </summary>
internal static class ExportPages
{
    public static IEnumerable<Article> Walk(SearchPlan plan, bool includeText, int pageSize, TimeBudget budget, Func<Func<IndexSearcher, (List<Article>, FieldDoc?)>, (List<Article>, FieldDoc?)> withSearcher)
    {
        FieldDoc? after = null;
        while (true)
        {
            var (articles, last) = withSearcher(searcher =>
            {
                var top = TopFieldCollector.Create(plan.Sort, pageSize, after, fillFields: true, trackDocScores: plan.Request.Sort == SortOrder.Relevance, trackMaxScore: false, docsScoredInOrder: true);
                using var _ = budget.Collect(searcher, plan, top);
                var docs = top.GetTopDocs().ScoreDocs;
                return (docs.Select(d => HitReader.Load(searcher, d.Doc, includeText)).ToList(), docs.Length == 0 ? null : (FieldDoc)docs[^1]);
            });
            foreach (var article in articles)
            {
                yield return article;
            }
            if (articles.Count < pageSize)
            {
                yield break;
            }
            after = last;
        }
    }
}
