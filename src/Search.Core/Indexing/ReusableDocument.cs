using Lucene.Net.Documents;
using Lucene.Net.Util;
using Search.Core.Ingest;
using Search.Core.Model;
using Search.Core.Schema;
using Search.Core.Analysis;
using Search.Core.Text;

namespace Search.Core.Indexing;

/// <summary>
/// The fields of one article's Lucene document (see <see cref="IndexFields"/>), made once and refilled for each article:
/// a field made anew builds its token stream anew, and Lucene.Net creates every token attribute under one global lock
/// (measured: 4% of indexing time and both threads queueing on it). One instance per indexing thread; a document it
/// fills is valid until the next <see cref="Fill"/>.
/// </summary>
public sealed class ReusableDocument
{
    // Body keeps term offsets in the postings: highlighting reads them instead of re-analysing text.
    private static readonly FieldType BodyText = new(TextField.TYPE_NOT_STORED) { IndexOptions = Lucene.Net.Index.IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS };
    // The exact forms carry no offsets: quoted phrases are rarer than plain words, and their hits' highlights re-analyse
    // the page's text instead (measured: the offsets were the larger part of the index's positions and payloads).
    private static readonly FieldType BodyExactText = new(TextField.TYPE_NOT_STORED) { IndexOptions = Lucene.Net.Index.IndexOptions.DOCS_AND_FREQS_AND_POSITIONS };
    private static readonly FieldType ExactText = new(TextField.TYPE_NOT_STORED);

    private readonly StringField _id = new(IndexFields.Id, "", Field.Store.NO);
    private readonly Field _body = new(IndexFields.Body, "", BodyText);
    private readonly ReplayedTokenStream _bodyExactTokens = new(IndexFields.Body, IndexFields.BodyExact);
    private readonly Field _bodyExact;
    private readonly TextField _title = new(IndexFields.Title, "", Field.Store.NO);
    private readonly ReplayedTokenStream _titleExactTokens = new(IndexFields.Title, IndexFields.TitleExact);
    private readonly Field _titleExact;
    private readonly Int64Field _published = new(IndexFields.Published, 0, Field.Store.NO);
    private readonly Dictionary<string, List<StringField>> _keywords = new(StringComparer.Ordinal);

    public ReusableDocument()
    {
        _bodyExact = new Field(IndexFields.BodyExact, _bodyExactTokens, BodyExactText);
        _titleExact = new Field(IndexFields.TitleExact, _titleExactTokens, ExactText);
    }

    /// <summary>
    /// The document of an article added (or changed) at <paramref name="added"/>, keeping the <paramref name="source"/>
    /// it was enriched from for <c>reindex</c>.
    /// </summary>
    public Document Fill(Article a, string hash, DateTimeOffset added, SourceDocument? source = null)
    {
        a = ArticleDocument.WithBoundedKeywords(a);
        _id.SetStringValue(a.Id);
        // An article in a language with an analysis of its own is analysed by it (LanguageAnalyzers); English and the
        // rest keep the reused fields and the writer's recording analyzer.
        var language = a.Labels.GetValueOrDefault(LabelNames.Language);
        var own = LanguageAnalyzers.HasOwn(language);
        if (!own)
        {
            _body.SetStringValue(a.Text);
            RecordedTokens.For(IndexFields.Body).Expect(a.Text);
            _bodyExactTokens.SetText(a.Text);
        }
        var doc = new Document
        {
            _id,
            new SortedDocValuesField(IndexFields.IdSort, new BytesRef(a.Id)),
            new BinaryDocValuesField(IndexFields.Hash, new BytesRef(hash)),
            own ? Analysed(IndexFields.Body, a.Text, LanguageAnalyzers.Stemmed(language), BodyText) : _body,
            own ? Analysed(IndexFields.BodyExact, a.Text, LanguageAnalyzers.Exact(language), BodyExactText) : _bodyExact,
            new BinaryDocValuesField(IndexFields.Meta, new BytesRef(ArticleDocument.MetaBytes(a))),
            new BinaryDocValuesField(IndexFields.Fingerprint, new BytesRef(BodyFingerprint.Of(a.Text).ToBytes())),
            new NumericDocValuesField(IndexFields.Added, added.ToUnixTimeMilliseconds()),
        };
        ArticleDocument.AddText(doc, a.Text);
        if (source is not null)
        {
            doc.Add(new StoredField(IndexFields.SourceDocument, SourceRecord.ToBytes(source, a.Text)));
        }
        if (a.Title is not null && own)
        {
            doc.Add(Analysed(IndexFields.Title, a.Title, LanguageAnalyzers.Stemmed(language), TextField.TYPE_NOT_STORED));
            doc.Add(Analysed(IndexFields.TitleExact, a.Title, LanguageAnalyzers.Exact(language), ExactText));
        }
        else if (a.Title is not null)
        {
            _title.SetStringValue(a.Title);
            RecordedTokens.For(IndexFields.Title).Expect(a.Title);
            _titleExactTokens.SetText(a.Title);
            doc.Add(_title);
            doc.Add(_titleExact);
        }
        foreach (var field in FieldCatalog.Keywords)
        {
            var used = 0;
            foreach (var value in field.Values!(a))
            {
                if (string.IsNullOrWhiteSpace(value))
                {
                    continue;
                }
                var bounded = FieldCatalog.Bounded(value);
                doc.Add(Keyword(field.IndexName, used++, IndexFields.KeywordTerm(bounded)));
                doc.Add(new SortedSetDocValuesField(field.IndexName, new BytesRef(bounded)));
                if (field.MatchesWords)
                {
                    doc.Add(new Field(field.WordsIndexName, bounded, ExactText));
                }
            }
        }
        if (a.Published is { } date)
        {
            long day = date.DayNumber;
            _published.SetInt64Value(day);
            doc.Add(_published);
            doc.Add(new NumericDocValuesField(IndexFields.Published, day));
        }
        return doc;
    }

    // The i-th value of a keyword field in this document goes in the i-th reusable field of that name.
    private StringField Keyword(string name, int i, string term)
    {
        if (!_keywords.TryGetValue(name, out var fields))
        {
            fields = [];
            _keywords[name] = fields;
        }
        if (i == fields.Count)
        {
            fields.Add(new StringField(name, term, Field.Store.NO));
        }
        var field = fields[i];
        field.SetStringValue(term);
        return field;
    }

    // A field analysed by the article's language rather than by the writer's analyzer.
    private static Field Analysed(string field, string text, Lucene.Net.Analysis.Analyzer analyzer, FieldType type) =>
        new(field, analyzer.GetTokenStream(field, text), type);
}
