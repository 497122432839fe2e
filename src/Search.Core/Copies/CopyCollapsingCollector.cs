using Lucene.Net.Index;
using Lucene.Net.Search;
using Search.Core.Copies;
using Search.Core.Indexing;
using Search.Core.Querying;
using Search.Core.Schema;

namespace Search.Core.Copies;

/// <summary>
/// <c>collapse=copies</c>: one hit per story. Articles without copies go straight to the top-hits collector; articles of
/// a cluster are held back, and after the pass only each cluster's best match (by the search's own order: score or date,
/// then id) is offered to the top, so a cursor walks every story once. Counts the stories (clusters with a match, plus
/// matching articles without copies).
/// </summary>
internal sealed class CopyCollapsingCollector(ICollector top, CopyClusters clusters, SortOrder sort) : ICollector
{
    private readonly Dictionary<int, (int Doc, float Score, long Key)> _best = [];
    private Scorer? _scorer;
    private int _docBase;
    private NumericDocValues? _sortValues;
    private Lucene.Net.Util.IBits? _dated;
    private int _singles;

    public int Stories => _singles + _best.Count;

    public bool AcceptsDocsOutOfOrder => top.AcceptsDocsOutOfOrder;

    public void SetScorer(Scorer scorer)
    {
        _scorer = scorer;
        top.SetScorer(scorer);
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        _docBase = context.DocBase;
        _sortValues = sort switch
        {
            SortOrder.Newest or SortOrder.Oldest => context.AtomicReader.GetNumericDocValues(IndexFields.Published),
            SortOrder.Added => context.AtomicReader.GetNumericDocValues(IndexFields.Added),
            _ => null,
        };
        _dated = sort is SortOrder.Newest or SortOrder.Oldest ? context.AtomicReader.GetDocsWithField(IndexFields.Published) : null;
        top.SetNextReader(context);
    }

    public void Collect(int doc)
    {
        var global = _docBase + doc;
        var cluster = clusters.ClusterOf(global);
        if (cluster < 0)
        {
            _singles++;
            top.Collect(doc);
            return;
        }
        var score = _scorer?.GetScore() ?? 0;
        // Undated articles come last in both date orders, as in the search's sort.
        var key = _dated is not null && !_dated.Get(doc) ? (sort == SortOrder.Newest ? long.MinValue : long.MaxValue) : _sortValues?.Get(doc) ?? 0;
        if (!_best.TryGetValue(cluster, out var best) || Better(cluster, global, score, key, best))
        {
            _best[cluster] = (global, score, key);
        }
    }

    /// <summary>Offers each cluster's best match to the top-hits collector; call once, after the search.</summary>
    public void Finish(IndexReader reader)
    {
        var scorer = new FixedScorer();
        foreach (var byLeaf in _best.Values.GroupBy(b => ReaderUtil.SubIndex(b.Doc, reader.Leaves)).OrderBy(g => g.Key))
        {
            var leaf = reader.Leaves[byLeaf.Key];
            top.SetNextReader(leaf);
            top.SetScorer(scorer);
            foreach (var (doc, score, _) in byLeaf.OrderBy(b => b.Doc))
            {
                scorer.Set(doc - leaf.DocBase, score);
                top.Collect(doc - leaf.DocBase);
            }
        }
    }

    private bool Better(int cluster, int doc, float score, long key, (int Doc, float Score, long Key) best)
    {
        var primary = sort switch
        {
            SortOrder.Relevance => score.CompareTo(best.Score),
            SortOrder.Oldest => best.Key.CompareTo(key),
            _ => key.CompareTo(best.Key),
        };
        if (primary != 0)
        {
            return primary > 0;
        }
        var members = clusters.Cluster(cluster).Members;
        return string.CompareOrdinal(members.First(m => m.Doc == doc).Id, members.First(m => m.Doc == best.Doc).Id) < 0;
    }

    // Replays a held-back score to the top-hits collector.
    private sealed class FixedScorer() : Scorer(null)
    {
        private int _doc = -1;
        private float _score;

        public void Set(int doc, float score) => (_doc, _score) = (doc, score);

        public override float GetScore() => _score;

        public override int Freq => 1;

        public override int DocID => _doc;

        public override int NextDoc() => throw new NotSupportedException();

        public override int Advance(int target) => throw new NotSupportedException();

        public override long GetCost() => 1;
    }
}
