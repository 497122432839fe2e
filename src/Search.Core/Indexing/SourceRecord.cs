using System.Buffers;
using Search.Core.Ingest;

namespace Search.Core.Indexing;

/// <summary>
/// The <see cref="SourceDocument"/> an article was enriched from, kept in the index (a stored field, read only by
/// <c>reindex</c>) so the index can be rebuilt with newer enrichment and analysis once the original files are gone.
/// Compact: a format byte, flags, the text kind, the source's own fields, and the text compressed with
/// <see cref="TextCompression"/> — or nothing when the text is the article's body already stored for hits (articles from
/// JSON Lines and CSV), so those cost a few bytes. An HTML page is kept as the text its reader extracted, not its markup.
/// </summary>
internal static class SourceRecord
{
    private const byte Format = 1;
    private const byte TextIsBody = 1;
    private const byte HasAuthors = 2;
    private const byte HasPublished = 4;

    public static byte[] ToBytes(SourceDocument doc, string body)
    {
        var output = new ArrayBufferWriter<byte>(128);
        var textIsBody = doc.Text == body;
        var flags = (byte)((textIsBody ? TextIsBody : 0) | (doc.Authors is not null ? HasAuthors : 0) | (doc.Published is not null ? HasPublished : 0));
        output.Write([Format, flags, (byte)doc.Kind]);
        CompactBytes.WriteString(output, doc.Source);
        CompactBytes.WriteString(output, doc.Id);
        CompactBytes.WriteString(output, doc.Url);
        CompactBytes.WriteString(output, doc.Outlet);
        CompactBytes.WriteString(output, doc.Site);
        CompactBytes.WriteString(output, doc.Title);
        CompactBytes.WriteNumber(output, doc.Published is { } day ? (uint)day.DayNumber : 0);
        CompactBytes.WriteList(output, doc.Authors ?? [], s => CompactBytes.WriteString(output, s));
        if (!textIsBody)
        {
            CompactBytes.WriteBlock(output, TextCompression.Compress(doc.Text));
        }
        CompactBytes.WriteNumber(output, doc.Fetched is { } fetched ? (uint)Math.Clamp(fetched.ToUnixTimeSeconds() + 1, 1, uint.MaxValue) : 0);
        CompactBytes.WriteNumber(output, doc.Modified is { } modified ? (uint)modified.DayNumber + 1 : 0);
        CompactBytes.WriteString(output, doc.Language);
        return output.WrittenSpan.ToArray();
    }

    /// <summary>The source document back; <paramref name="body"/> is the article's stored body. Damage is an <see cref="InvalidDataException"/>.</summary>
    public static SourceDocument FromBytes(ReadOnlySpan<byte> bytes, Func<string> body)
    {
        try
        {
            var reader = new CompactBytes.Reader(bytes);
            if (reader.Byte() != Format)
            {
                throw new InvalidDataException("an article's stored source is in an unknown format");
            }
            var flags = reader.Byte();
            var kind = (TextKind)reader.Byte();
            if (!Enum.IsDefined(kind))
            {
                throw new InvalidDataException("an article's stored source has an unknown text kind");
            }
            var source = reader.String() ?? "";
            var id = reader.String();
            var url = reader.String();
            var outlet = reader.String();
            var site = reader.String();
            var title = reader.String();
            var day = reader.Number();
            var authors = reader.Strings();
            var text = (flags & TextIsBody) != 0 ? body() : TextCompression.Decompress(reader.Block());
            // The fetch time came last, after layout 7: a record without it ends here.
            var fetched = reader.AtEnd ? 0 : reader.Number();
            var modified = reader.AtEnd ? 0 : reader.Number();
            // The declared language came after layout 8.
            var language = reader.AtEnd ? null : reader.String();
            return new SourceDocument
            {
                Source = source,
                Text = text,
                Kind = kind,
                Id = id,
                Url = url,
                Outlet = outlet,
                Site = site,
                Title = title,
                Published = (flags & HasPublished) != 0 ? DateOnly.FromDayNumber((int)day) : null,
                Authors = (flags & HasAuthors) != 0 ? authors : null,
                Fetched = fetched == 0 ? null : DateTimeOffset.FromUnixTimeSeconds(fetched - 1),
                Modified = modified == 0 ? null : DateOnly.FromDayNumber((int)(modified - 1)),
                Language = language,
            };
        }
        catch (Exception e) when (e is ArgumentException or IndexOutOfRangeException or OverflowException)
        {
            throw new InvalidDataException("an article's stored source is damaged", e);
        }
    }
}
