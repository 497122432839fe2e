using Lucene.Net.Search;

namespace Search.Core.Querying;

/// <summary>Small operations on parsed queries that the parser shares: alternatives, and a phrase slop that reaches nested phrases.</summary>
internal static class QueryTree
{
    // One query when there is one, several as alternatives; null (Lucene's "no clause", as for a stop word) when none.
    public static Query Any(params Query?[] queries)
    {
        var present = queries.Where(q => q is not null).ToList();
        if (present.Count <= 1)
        {
            return present.FirstOrDefault()!;
        }
        var any = new BooleanQuery();
        foreach (var q in present)
        {
            any.Add(q, Occur.SHOULD);
        }
        return any;
    }

    public static void ApplySlop(Query query, int slop)
    {
        switch (query)
        {
            case PhraseQuery p:
                p.Slop = slop;
                break;
            case MultiPhraseQuery m:
                m.Slop = slop;
                break;
            case BooleanQuery b:
                foreach (var clause in b.Clauses)
                {
                    ApplySlop(clause.Query, slop);
                }
                break;
        }
    }
}
