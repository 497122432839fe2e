using Lucene.Net.Index;
using Lucene.Net.Search;
using Search.Core.Indexing;

namespace Search.Core.Searching;

/// <summary>Opens searchers with their facet ordinal maps already built.</summary>
internal sealed class WarmingSearcherFactory : SearcherFactory
{
    public override IndexSearcher NewSearcher(IndexReader reader)
    {
        FacetOrdinals.Warm(reader, IndexFields.Keywords);
        return base.NewSearcher(reader);
    }
}
