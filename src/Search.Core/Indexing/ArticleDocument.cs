using System.Text;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Util;
using Search.Core.Model;
using Search.Core.Schema;

namespace Search.Core.Indexing;

/// <summary>Builds the Lucene document of an article (see <see cref="ReusableDocument"/>, <see cref="IndexFields"/> and <see cref="FieldCatalog"/>) and reads an article back from its doc values.</summary>
public static class ArticleDocument
{
    private const int MaxValueBytes = 32_000;

    public static Document Build(Article a, string hash) => Build(a, hash, DateTimeOffset.UtcNow);

    /// <summary>The document of an article added (or changed) at <paramref name="added"/> (see <see cref="ReusableDocument"/>).</summary>
    public static Document Build(Article a, string hash, DateTimeOffset added, Ingest.SourceDocument? source = null) =>
        new ReusableDocument().Fill(a, hash, added, source);

    /// <summary>
    /// Reads an article from a segment's doc values: id, metadata and, when <paramref name="withText"/>, the text.
    /// </summary>
    public static Article Read(AtomicReader reader, int doc, bool withText)
    {
        var scratch = new BytesRef();
        reader.GetSortedDocValues(IndexFields.IdSort).Get(doc, scratch);
        var id = scratch.Utf8ToString();
        reader.GetBinaryDocValues(IndexFields.Meta).Get(doc, scratch);
        var text = withText ? ReadText(reader, doc, new BytesRef()) : "";
        return StoredMeta.Read(scratch.Bytes.AsSpan(scratch.Offset, scratch.Length), id, text);
    }

    /// <summary>An article's text, decompressed from its doc values.</summary>
    public static string ReadText(AtomicReader reader, int doc) => ReadText(reader, doc, new BytesRef());

    private static string ReadText(AtomicReader reader, int doc, BytesRef scratch)
    {
        using var text = ReadPooledText(reader, doc, scratch);
        return text.ToString();
    }

    /// <summary>An article's text, decompressed from its doc values into a rented buffer (return it by disposing).</summary>
    public static PooledText ReadPooledText(AtomicReader reader, int doc) => ReadPooledText(reader, doc, new BytesRef());

    private static PooledText ReadPooledText(AtomicReader reader, int doc, BytesRef scratch)
    {
        // Most texts compress into one chunk: decompressed straight from the doc value's bytes.
        byte[]? joined = null;
        var first = true;
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
            // A first chunk shorter than a full one holds the whole compressed text.
            if (first && scratch.Length < MaxValueBytes)
            {
                return TextCompression.DecompressPooled(scratch.Bytes.AsSpan(scratch.Offset, scratch.Length));
            }
            first = false;
            joined = [.. joined ?? [], .. scratch.Bytes.AsSpan(scratch.Offset, scratch.Length)];
        }
        if (reader.FieldInfos.FieldInfo(IndexFields.TextRest) is not null && reader.Document(doc).GetBinaryValue(IndexFields.TextRest) is { } rest)
        {
            joined = [.. joined ?? [], .. rest.Bytes.AsSpan(rest.Offset, rest.Length)];
        }
        return joined is null ? PooledText.Empty() : TextCompression.DecompressPooled(joined);
    }

    // The compressed text in chunks of at most 32,000 bytes (a doc value's limit); what four chunks cannot hold goes
    // to a stored field.
    internal static void AddText(Document doc, string text)
    {
        if (text.Length == 0)
        {
            return;
        }
        var bytes = TextCompression.Compress(text);
        var at = 0;
        foreach (var field in IndexFields.TextChunks)
        {
            if (at >= bytes.Length)
            {
                return;
            }
            var length = Math.Min(MaxValueBytes, bytes.Length - at);
            doc.Add(new BinaryDocValuesField(field, new BytesRef(bytes, at, length)));
            at += length;
        }
        if (at < bytes.Length)
        {
            doc.Add(new StoredField(IndexFields.TextRest, new BytesRef(bytes, at, bytes.Length - at)));
        }
    }

    // Keyword values are cut to the catalog's limit before anything is built, so the terms, the facet values and the
    // metadata a hit shows agree.
    internal static Article WithBoundedKeywords(Article a) => a with
    {
        Outlet = a.Outlet is null ? null : FieldCatalog.Bounded(a.Outlet),
        Site = a.Site is null ? null : FieldCatalog.Bounded(a.Site),
        Authors = a.Authors.Select(FieldCatalog.Bounded).ToList(),
        People = a.People.Select(p => p with { Name = FieldCatalog.Bounded(p.Name) }).ToList(),
        Cites = a.Cites.Select(FieldCatalog.Bounded).ToList(),
        Labels = a.Labels.Count == 0 ? a.Labels : a.Labels.ToDictionary(l => l.Key, l => FieldCatalog.Bounded(l.Value)),
    };

    // Metadata must fit one doc value: an article naming thousands of people keeps the most mentioned. Each round halves
    // the lists and the longest strings, so any article fits after a few rounds.
    internal static byte[] MetaBytes(Article a)
    {
        for (var shrink = 0; ; shrink++)
        {
            var bytes = StoredMeta.ToBytes(a, shrink);
            if (bytes.Length <= MaxValueBytes)
            {
                return bytes;
            }
        }
    }

    /// <summary>
    /// A hash of everything the index stores for an article — id, metadata as stored (labels included) and text: an
    /// unchanged hash means nothing to re-index. It follows the stored form, so a new stored field changes it with no code here.
    /// </summary>
    public static string ContentHash(Article a)
    {
        var id = Encoding.UTF8.GetBytes(a.Id);
        var meta = StoredMeta.ToBytes(a);
        var text = Encoding.UTF8.GetBytes(a.Text);
        using var hash = System.Security.Cryptography.IncrementalHash.CreateHash(System.Security.Cryptography.HashAlgorithmName.SHA256);
        foreach (var part in new[] { id, meta, text })
        {
            hash.AppendData(BitConverter.GetBytes(part.Length));
            hash.AppendData(part);
        }
        return Convert.ToHexString(hash.GetHashAndReset())[..32];
    }
}
