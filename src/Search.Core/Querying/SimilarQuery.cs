using Lucene.Net.Queries.Mlt;
using Lucene.Net.Search;
using Search.Core.Indexing;
using Search.Core.Model;
using Search.Core.Analysis;
using Search.Core.Schema;

namespace Search.Core.Querying;

/// <summary>
/// More-like-this: the query that finds articles like one article (its 30 most telling words of title and body, read
/// as the index read them: in the article's language), itself excluded.
/// </summary>
internal static class SimilarQuery
{
    public static Query For(IndexSearcher searcher, Article article)
    {
        // MoreLikeThis is not thread-safe: one per query.
        var mlt = new MoreLikeThis(searcher.IndexReader)
        {
            FieldNames = [IndexFields.Title, IndexFields.Body],
            Analyzer = LanguageAnalyzers.Stemmed(article.Labels.GetValueOrDefault(LabelNames.Language)),
            MinTermFreq = 1,
            MinDocFreq = 1,
            MaxQueryTerms = 30,
        };
        var like = mlt.Like(new StringReader(article.Title + "\n\n" + article.Text), IndexFields.Body);
        return new BooleanQuery { { like, Occur.MUST }, { new TermQuery(IndexFields.IdTerm(article.Id)), Occur.MUST_NOT } };
    }
}
