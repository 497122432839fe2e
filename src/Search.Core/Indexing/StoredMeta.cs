using System.Buffers;
using Search.Core.Model;

namespace Search.Core.Indexing;

/// <summary>
/// An article's metadata as one binary doc value: one read per hit, however many fields. Compact rather than JSON
/// (measured at 100,000 articles: 449 bytes an article as JSON, about half as this; no property names, no parsing):
/// a format byte, then strings as a length-plus-one (0 = none) and UTF-8, numbers and counts as variable-length
/// integers, and last the article's <see cref="Article.Labels"/> as name and value pairs — so a field declared as a
/// label in the catalog is stored and read back without a change here.
/// </summary>
internal static class StoredMeta
{
    // Format 3 adds the labels; format 2 (layout 8) added the outlet's source, the fetch time and the day last modified
    // after the cited outlets; format 1 (layouts 6 and 7) is still read, for reindex.
    private const byte Format = 3;
    private const byte FormatWithoutLabels = 2;
    private const byte FormatWithoutOutletSource = 1;
    private const byte SiteIsOutlet = 1;

    /// <summary>
    /// The metadata's bytes. Each <paramref name="shrink"/> round halves every list again and cuts strings to 2,000
    /// characters, halved each round: for metadata too big for one doc value.
    /// </summary>
    public static byte[] ToBytes(Article a, int shrink = 0)
    {
        var cap = shrink == 0 ? int.MaxValue : Math.Max(1, 2000 >> (shrink - 1));
        string? Cut(string? s) => s is not null && s.Length > cap ? s[..cap] : s;
        IReadOnlyList<T> Half<T>(IReadOnlyList<T> list) => shrink == 0 ? list : list.Take(list.Count >> shrink).ToList();

        var output = new ArrayBufferWriter<byte>(256);
        var outlet = Cut(a.Outlet);
        var site = Cut(a.Site);
        var siteIsOutlet = site is not null && site == outlet;
        output.Write([Format, siteIsOutlet ? SiteIsOutlet : (byte)0]);
        CompactBytes.WriteString(output, Cut(a.Source));
        CompactBytes.WriteString(output, Cut(a.Url));
        CompactBytes.WriteString(output, Cut(a.Title));
        CompactBytes.WriteString(output, outlet);
        if (!siteIsOutlet)
        {
            CompactBytes.WriteString(output, site);
        }
        CompactBytes.WriteNumber(output, Day(a.Published));
        CompactBytes.WriteList(output, Half(a.Authors), s => CompactBytes.WriteString(output, Cut(s)));
        CompactBytes.WriteList(output, Half(a.Countries), c =>
        {
            CompactBytes.WriteString(output, c.Code);
            CompactBytes.WriteString(output, c.Name);
            CompactBytes.WriteNumber(output, (uint)c.Mentions);
        });
        CompactBytes.WriteList(output, Half(a.People), p =>
        {
            CompactBytes.WriteString(output, Cut(p.Name));
            CompactBytes.WriteNumber(output, (uint)p.Mentions);
        });
        CompactBytes.WriteList(output, Half(a.Cites), s => CompactBytes.WriteString(output, Cut(s)));
        CompactBytes.WriteString(output, a.OutletSource);
        // Whole seconds since 1970, plus one (0 = unknown): enough until 2106.
        CompactBytes.WriteNumber(output, a.Fetched is { } fetched ? (uint)Math.Clamp(fetched.ToUnixTimeSeconds() + 1, 1, uint.MaxValue) : 0);
        CompactBytes.WriteNumber(output, Day(a.Modified));
        CompactBytes.WriteList(output, a.Labels.OrderBy(l => l.Key, StringComparer.Ordinal).ToList(), l =>
        {
            CompactBytes.WriteString(output, l.Key);
            CompactBytes.WriteString(output, Cut(l.Value));
        });
        return output.WrittenSpan.ToArray();
    }

    /// <summary>The article back, with <paramref name="id"/> and <paramref name="text"/>; a damaged value is an <see cref="InvalidDataException"/>.</summary>
    public static Article Read(ReadOnlySpan<byte> bytes, string id, string text)
    {
        try
        {
            var reader = new CompactBytes.Reader(bytes);
            var format = reader.Byte();
            if (format is not (Format or FormatWithoutLabels or FormatWithoutOutletSource))
            {
                throw new InvalidDataException("an article's stored metadata is in an unknown format");
            }
            var siteIsOutlet = reader.Byte() == SiteIsOutlet;
            var source = reader.String();
            var url = reader.String();
            var title = reader.String();
            var outlet = reader.String();
            var article = new Article
            {
                Id = id,
                Text = text,
                Source = source,
                Url = url,
                Title = title,
                Outlet = outlet,
                Site = siteIsOutlet ? outlet : reader.String(),
                Published = Day(reader.Number()),
                Authors = reader.Strings(),
                Countries = Read(ref reader, (ref CompactBytes.Reader r) => new CountryMention(r.String()!, r.String()!, (int)r.Number())),
                People = Read(ref reader, (ref CompactBytes.Reader r) => new PersonMention(r.String()!, (int)r.Number())),
                Cites = reader.Strings(),
            };
            if (format == FormatWithoutOutletSource)
            {
                return article;
            }
            article = article with
            {
                OutletSource = reader.String(),
                Fetched = reader.Number() is var seconds and > 0 ? DateTimeOffset.FromUnixTimeSeconds(seconds - 1) : null,
                Modified = Day(reader.Number()),
            };
            if (format == FormatWithoutLabels)
            {
                return article;
            }
            var labels = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var n = reader.Count(); n > 0; n--)
            {
                var name = reader.String()!;
                labels[name] = reader.String()!;
            }
            return article with { Labels = labels };
        }
        catch (Exception e) when (e is ArgumentException or IndexOutOfRangeException or OverflowException)
        {
            throw new InvalidDataException("an article's stored metadata is damaged", e);
        }
    }

    private delegate T ReadItem<T>(ref CompactBytes.Reader reader);

    private static T[] Read<T>(ref CompactBytes.Reader reader, ReadItem<T> item)
    {
        var items = new T[reader.Count()];
        for (var i = 0; i < items.Length; i++)
        {
            items[i] = item(ref reader);
        }
        return items;
    }

    // Days since 0001-01-01, plus one (0 = unknown).
    private static uint Day(DateOnly? day) => day is { } d ? (uint)d.DayNumber + 1 : 0;

    private static DateOnly? Day(uint number) => number == 0 ? null : DateOnly.FromDayNumber((int)(number - 1));
}
