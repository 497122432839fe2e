using Lucene.Net.Search;
using Search.Core.Copies;

namespace Search.Core.Searching;

/// <summary>What the index knows of an article's copies: a hit's summary of them, and the whole story with its differences.</summary>
internal static class StoryReader
{
    /// <summary>What a hit says of its copies: none (null), or how many, its original unless it is it, the others' outlets when collapsed.</summary>
    public static HitCopies? CopiesOf(CopyClusters clusters, int doc, bool collapsed)
    {
        if (clusters.Of(doc) is not { } cluster)
        {
            return null;
        }
        var original = cluster.Original.Doc == doc ? null : Ref(cluster.Original);
        var outlets = collapsed
            ? cluster.Members.Where(m => m.Doc != doc).Select(m => m.Site ?? m.Outlet).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).ToList()
            : null;
        return new HitCopies(cluster.Members.Count - 1, original, cluster.Rule, outlets);
    }

    /// <summary>The story of the article at <paramref name="doc"/>: its copies in publication order, each with what it changes of the original.</summary>
    public static CopiesResult Story(IndexSearcher searcher, string id, int doc)
    {
        if (CopyClusters.For(searcher.IndexReader).Of(doc) is not { } cluster)
        {
            return new CopiesResult(id, null, null, []);
        }
        var original = HitReader.Load(searcher, cluster.Original.Doc, withText: true).Text;
        var members = cluster.Members.Select(m =>
        {
            var isOriginal = m.Doc == cluster.Original.Doc;
            var article = HitReader.Load(searcher, m.Doc, withText: !isOriginal);
            var changes = isOriginal ? [] : ParagraphDiff.Between(original, article.Text);
            return new CopyView(Ref(m), article.Title, m.Site, isOriginal, m.Credits, changes);
        }).ToList();
        return new CopiesResult(id, Ref(cluster.Original), cluster.Rule, members);
    }

    private static CopyRef Ref(CopyMember m) => new(m.Id, m.Outlet, m.Published);
}
