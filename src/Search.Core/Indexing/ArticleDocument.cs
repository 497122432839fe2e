using System.Globalization;
using System.Text;
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
    private static readonly FieldType BodyText = new(TextField.TYPE_NOT_STORED) { IndexOptions = IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS };
    private const int MaxValueBytes = 32_000;
    private static readonly FieldType BodyExactText = new(TextField.TYPE_NOT_STORED) { IndexOptions = IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS };
    private static readonly FieldType ExactText = new(TextField.TYPE_NOT_STORED);

    public static Document Build(Article a, string hash)
    {
        var doc = new Document
        {
            new StringField(IndexFields.Id, a.Id, Field.Store.NO),
            new SortedDocValuesField(IndexFields.IdSort, new BytesRef(a.Id)),
            new BinaryDocValuesField(IndexFields.Hash, new BytesRef(hash)),
            new Field(IndexFields.Body, a.Text, BodyText),
            new Field(IndexFields.BodyExact, a.Text, BodyExactText),
            new BinaryDocValuesField(IndexFields.Meta, new BytesRef(MetaBytes(a))),
        };
        AddText(doc, a.Text);
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

    /// <summary>
    /// Reads an article from a segment's doc values: id, metadata and, when <paramref name="withText"/>, the text.
    /// </summary>
    public static Article Read(AtomicReader reader, int doc, bool withText)
    {
        var scratch = new BytesRef();
        reader.GetSortedDocValues(IndexFields.IdSort).Get(doc, scratch);
        var id = scratch.Utf8ToString();
        reader.GetBinaryDocValues(IndexFields.Meta).Get(doc, scratch);
        var meta = JsonSerializer.Deserialize(scratch.Bytes.AsSpan(scratch.Offset, scratch.Length), StoredMetaContext.Default.StoredMeta)!;
        return meta.ToArticle(id, withText ? ReadText(reader, doc, scratch) : "");
    }

    private static string ReadText(AtomicReader reader, int doc, BytesRef scratch)
    {
        // Most texts are one chunk: decoded straight from the doc value's bytes, no builder.
        string? text = null;
        StringBuilder? longer = null;
        foreach (var field in IndexFields.TextChunks)
        {
            var values = reader.GetBinaryDocValues(field);
            if (values is null)
            {
                break;
            }
            values.Get(doc, scratch);
            if (scratch.Length == 0)
            {
                break;
            }
            var chunk = Encoding.UTF8.GetString(scratch.Bytes, scratch.Offset, scratch.Length);
            if (text is null)
            {
                text = chunk;
            }
            else
            {
                (longer ??= new StringBuilder(text)).Append(chunk);
            }
        }
        if (reader.FieldInfos.FieldInfo(IndexFields.TextRest) is not null && reader.Document(doc).Get(IndexFields.TextRest) is { } rest)
        {
            (longer ??= new StringBuilder(text)).Append(rest);
        }
        return longer?.ToString() ?? text ?? "";
    }

    // The text in chunks of at most 32,000 UTF-8 bytes, cut between characters.
    private static void AddText(Document doc, string text)
    {
        if (text.Length > 0 && Encoding.UTF8.GetByteCount(text) <= MaxValueBytes)
        {
            // Nearly every article fits one chunk: encoded in one call, not measured character by character.
            doc.Add(new BinaryDocValuesField(IndexFields.TextChunks[0], new BytesRef(Encoding.UTF8.GetBytes(text))));
            return;
        }
        var at = 0;
        foreach (var field in IndexFields.TextChunks)
        {
            if (at >= text.Length)
            {
                return;
            }
            var end = at;
            var bytes = 0;
            while (end < text.Length)
            {
                var size = char.IsHighSurrogate(text[end]) && end + 1 < text.Length ? 2 : 1;
                var count = Encoding.UTF8.GetByteCount(text.AsSpan(end, size));
                if (bytes + count > MaxValueBytes)
                {
                    break;
                }
                bytes += count;
                end += size;
            }
            doc.Add(new BinaryDocValuesField(field, new BytesRef(Encoding.UTF8.GetBytes(text[at..end]))));
            at = end;
        }
        if (at < text.Length)
        {
            doc.Add(new StoredField(IndexFields.TextRest, text[at..]));
        }
    }

    // Metadata must fit one doc value: an article naming thousands of people keeps the most mentioned.
    private static byte[] MetaBytes(Article a)
    {
        var meta = StoredMeta.From(a);
        while (true)
        {
            var bytes = JsonSerializer.SerializeToUtf8Bytes(meta, StoredMetaContext.Default.StoredMeta);
            if (bytes.Length <= MaxValueBytes)
            {
                return bytes;
            }
            meta = meta with
            {
                People = meta.People.Take(meta.People.Count / 2).ToList(),
                Countries = meta.Countries.Take(Math.Max(10, meta.Countries.Count / 2)).ToList(),
                Authors = meta.Authors.Take(Math.Max(5, meta.Authors.Count / 2)).ToList(),
                Title = meta.Title is { Length: > 1000 } t ? t[..1000] : meta.Title,
                Url = meta.Url is { Length: > 2000 } u ? u[..2000] : meta.Url,
            };
        }
    }

    public static Term IdTerm(string id) => new(IndexFields.Id, id);
}
