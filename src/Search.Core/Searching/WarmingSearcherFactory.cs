using Lucene.Net.Index;
using Lucene.Net.Search;
using Search.Core.Indexing;
using Search.Core.Facets;
using Search.Core.Querying;

namespace Search.Core.Searching;

/// <summary>Opens searchers with their facet ordinal maps, id ordinals, acronym list and clusters of copies already built.</summary>
internal sealed class WarmingSearcherFactory : SearcherFactory
{
    public override IndexSearcher NewSearcher(IndexReader reader)
    {
        FacetOrdinals.Warm(reader, Schema.FieldCatalog.Keywords.Select(f => f.IndexName));
        Acronyms.In(reader);
        Copies.CopyClusters.For(reader);
        foreach (var leaf in reader.Leaves)
        {
            IdTieBreak.Warm(leaf.AtomicReader);
        }
        return base.NewSearcher(reader);
    }
}
