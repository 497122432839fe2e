using Lucene.Net.Index;
using Lucene.Net.Search;
using Search.Core.Highlighting;
using Search.Core.Indexing;
using Search.Core.Model;
using Search.Core.Querying;
using Search.Core.Schema;

namespace Search.Core.Searching;

/// <summary>
/// Loads hits from the index (metadata and, when needed, text, from binary doc values) and finds what of them matched:
/// body matches from the offsets in the postings, read for a whole page at once; titles, which are short, re-analysed.
/// </summary>
internal static class HitReader
{
    /// <summary>The article of a top-level document number.</summary>
    public static Article Load(IndexSearcher searcher, int doc, bool withText)
    {
        var leaves = searcher.IndexReader.Leaves;
        var leaf = leaves[ReaderUtil.SubIndex(doc, leaves)];
        return ArticleDocument.Read(leaf.AtomicReader, doc - leaf.DocBase, withText);
    }

    /// <summary>A page of hits; with <paramref name="highlight"/>, each with its title matches and best passages.</summary>
    public static List<SearchHit> Page(IndexSearcher searcher, ScoreDoc[] docs, HighlightTerms? highlight, SearchRequest r)
    {
        var hits = PageOf(searcher, docs, highlight, r);
        // When the index received each article is the sort value of sort=added: known without another read.
        return r.Sort != SortOrder.Added ? hits
            : hits.Select((h, i) => h with { Article = h.Article with { Added = DateTimeOffset.FromUnixTimeMilliseconds(Convert.ToInt64(((FieldDoc)docs[i]).Fields[0], System.Globalization.CultureInfo.InvariantCulture)) } }).ToList();
    }

    private static List<SearchHit> PageOf(IndexSearcher searcher, ScoreDoc[] docs, HighlightTerms? highlight, SearchRequest r)
    {
        if (highlight is null)
        {
            return docs.Select(d => new SearchHit(Load(searcher, d.Doc, withText: false), Score(d), null)).ToList();
        }
        // Texts are read into rented buffers: only the passages cut from them become strings.
        var articles = docs.Select(d => Load(searcher, d.Doc, withText: false)).ToList();
        var texts = new Dictionary<int, PooledText>(docs.Length);
        try
        {
            foreach (var d in docs)
            {
                texts.TryAdd(d.Doc, LoadText(searcher, d.Doc));
            }
            var languages = docs.Select((d, k) => (d.Doc, Language: LanguageOf(articles[k]))).DistinctBy(x => x.Doc).ToDictionary(x => x.Doc, x => x.Language);
            var spans = BodyMatches(searcher, docs.Select(d => d.Doc), highlight, doc => texts[doc].Memory, doc => languages[doc]);
            return docs.Select((d, k) =>
            {
                var article = articles[k];
                var text = texts[d.Doc].Span;
                var body = spans.GetValueOrDefault(d.Doc) ?? highlight.Spans(text.ToString(), IndexFields.Body, LanguageOf(article));
                var passages = PassageSelector.Select(text, body, r.Fragments, r.FragmentSize).Select(p => p.Cut(texts[d.Doc].Span)).ToList();
                return new SearchHit(article, Score(d), new HitHighlights(TitleMatches(article, highlight), passages));
            }).ToList();
        }
        finally
        {
            foreach (var text in texts.Values)
            {
                text.Dispose();
            }
        }
    }

    private static PooledText LoadText(IndexSearcher searcher, int doc)
    {
        var leaves = searcher.IndexReader.Leaves;
        var leaf = leaves[ReaderUtil.SubIndex(doc, leaves)];
        return ArticleDocument.ReadPooledText(leaf.AtomicReader, doc - leaf.DocBase);
    }

    /// <summary>Every match in one article's title and text.</summary>
    public static (MarkedText? Title, MarkedText Text) Marked(IndexSearcher searcher, int doc, Article article, HighlightTerms highlight) =>
        (TitleMatches(article, highlight), new MarkedText(article.Text, BodyMatches(searcher, [doc], highlight, _ => article.Text.AsMemory(), _ => LanguageOf(article)).GetValueOrDefault(doc)
            ?? highlight.Spans(article.Text, IndexFields.Body, LanguageOf(article))));

    private static MarkedText? TitleMatches(Article article, HighlightTerms highlight) =>
        article.Title is null ? null : new MarkedText(article.Title, highlight.Spans(article.Title, IndexFields.Title, LanguageOf(article)));

    private static string? LanguageOf(Article article) => article.Labels.GetValueOrDefault(LabelNames.Language);

    private static bool HasOffsets(AtomicReader reader, string field) =>
        reader.FieldInfos.FieldInfo(field) is { IndexOptions: IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS };

    private static float Score(ScoreDoc d) => float.IsNaN(d.Score) ? 0 : d.Score;

    // The body matches of a page of hits, by document, from the offsets in the postings: one pass per term and segment.
    // The exact forms (quoted phrases, patterns) have positions only: their offsets are the stemmed field's at the same
    // positions. A segment without offsets at all leaves its hits to re-analyse their text entirely.
    private static Dictionary<int, List<TextRange>> BodyMatches(IndexSearcher searcher, IEnumerable<int> docs, HighlightTerms highlight,
        Func<int, ReadOnlyMemory<char>> textOf, Func<int, string?> languageOf)
    {
        var result = new Dictionary<int, List<TextRange>>();
        var leaves = searcher.IndexReader.Leaves;
        foreach (var group in docs.GroupBy(d => ReaderUtil.SubIndex(d, leaves)))
        {
            var leaf = leaves[group.Key];
            if (!HasOffsets(leaf.AtomicReader, IndexFields.Body))
            {
                continue;
            }
            foreach (var (doc, spans) in highlight.Spans(leaf.AtomicReader, group.Select(d => d - leaf.DocBase), IndexFields.Body,
                d => textOf(d + leaf.DocBase), d => languageOf(d + leaf.DocBase)))
            {
                result[doc + leaf.DocBase] = spans;
            }
        }
        return result;
    }
}
