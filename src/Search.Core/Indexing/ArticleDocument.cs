using System.Globalization;
using System.Text.Json;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Util;
using Search.Core.Model;

namespace Search.Core.Indexing;

/// <summary>Builds the Lucene document of an article (see <see cref="IndexFields"/>) and reads an article back from stored fields.</summary>
public static class ArticleDocument
{
    // Body and its exact copy keep term offsets in the postings: highlighting reads them instead of re-analysing text.
    private static readonly FieldType BodyText = new(TextField.TYPE_STORED) { IndexOptions = IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS };
    private static readonly FieldType BodyExactText = new(TextField.TYPE_NOT_STORED) { IndexOptions = IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS };
    private static readonly FieldType ExactText = new(TextField.TYPE_NOT_STORED);

    public static Document Build(Article a, string hash)
    {
        var doc = new Document
        {
            new StringField(IndexFields.Id, a.Id, Field.Store.YES),
            new SortedDocValuesField(IndexFields.IdSort, new BytesRef(a.Id)),
            new BinaryDocValuesField(IndexFields.Hash, new BytesRef(hash)),
            new Field(IndexFields.Body, a.Text, BodyText),
            new Field(IndexFields.BodyExact, a.Text, BodyExactText),
            new StoredField(IndexFields.Meta, JsonSerializer.Serialize(StoredMeta.From(a), StoredMetaContext.Default.StoredMeta)),
        };
        if (a.Source is not null)
        {
            doc.Add(new StringField(IndexFields.Source, a.Source, Field.Store.NO));
        }
        if (a.Url is not null)
        {
            doc.Add(new StringField(IndexFields.Url, a.Url, Field.Store.NO));
        }
        if (a.Title is not null)
        {
            doc.Add(new TextField(IndexFields.Title, a.Title, Field.Store.NO));
            doc.Add(new Field(IndexFields.TitleExact, a.Title, ExactText));
        }
        AddKeyword(doc, IndexFields.Outlet, a.Outlet);
        AddKeyword(doc, IndexFields.Site, a.Site);
        foreach (var author in a.Authors)
        {
            AddKeyword(doc, IndexFields.Author, author);
        }
        foreach (var c in a.Countries)
        {
            AddKeyword(doc, IndexFields.Country, c.Code);
        }
        foreach (var p in a.People)
        {
            AddKeyword(doc, IndexFields.Person, p.Name);
        }
        foreach (var c in a.Cites)
        {
            AddKeyword(doc, IndexFields.Cites, c);
        }
        if (a.Published is { } date)
        {
            long day = date.DayNumber;
            doc.Add(new Int64Field(IndexFields.Published, day, Field.Store.NO));
            doc.Add(new NumericDocValuesField(IndexFields.Published, day));
            AddKeyword(doc, IndexFields.Year, date.Year.ToString(CultureInfo.InvariantCulture));
            AddKeyword(doc, IndexFields.Month, date.ToString("yyyy-MM", CultureInfo.InvariantCulture));
        }
        return doc;
    }

    private static void AddKeyword(Document doc, string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return;
        }
        doc.Add(new StringField(field, IndexFields.KeywordTerm(value), Field.Store.NO));
        doc.Add(new SortedSetDocValuesField(field, new BytesRef(value)));
    }

    public static Article Read(Document doc)
    {
        var meta = JsonSerializer.Deserialize(doc.Get(IndexFields.Meta), StoredMetaContext.Default.StoredMeta)!;
        return meta.ToArticle(doc.Get(IndexFields.Id), doc.Get(IndexFields.Body) ?? "");
    }

    /// <summary>The stored fields a hit needs without its text.</summary>
    public static readonly ISet<string> MetaFields = new HashSet<string> { IndexFields.Id, IndexFields.Meta };

    public static Article ReadMeta(Document doc)
    {
        var meta = JsonSerializer.Deserialize(doc.Get(IndexFields.Meta), StoredMetaContext.Default.StoredMeta)!;
        return meta.ToArticle(doc.Get(IndexFields.Id), "");
    }

    public static Term IdTerm(string id) => new(IndexFields.Id, id);
}
