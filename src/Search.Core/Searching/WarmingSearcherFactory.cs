using Lucene.Net.Index;
using Lucene.Net.Search;
using Search.Core.Indexing;

namespace Search.Core.Searching;

/// <summary>Opens searchers with their facet ordinal maps and id ordinals already built.</summary>
internal sealed class WarmingSearcherFactory : SearcherFactory
{
    public override IndexSearcher NewSearcher(IndexReader reader)
    {
        FacetOrdinals.Warm(reader, Schema.FieldCatalog.Keywords.Select(f => f.IndexName));
        foreach (var leaf in reader.Leaves)
        {
            IdTieBreak.Warm(leaf.AtomicReader);
        }
        return base.NewSearcher(reader);
    }
}
