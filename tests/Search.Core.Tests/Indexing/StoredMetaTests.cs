using Search.Core.Indexing;
using Search.Core.Model;

namespace Search.Core.Tests.Indexing;

/// <summary>The metadata kept per article in its compact binary form comes back exactly; damage is reported, not read wrong.</summary>
public class StoredMetaTests
{
    private static readonly StoredMeta Full = new("feeds/a.jsonl#3", "https://example.org/a?b=1", "Gantz meets «Zelensky» in Kyiv",
        "Times of Israel", "Israpundit", new DateOnly(2023, 12, 31), ["Ya’alon Writer", "Second Author"],
        [new CountryMention("IL", "Israel", 4), new CountryMention("UA", "Ukraine", 300)],
        [new PersonMention("Benny Gantz", 2), new PersonMention("Volodymyr Zelensky", 70_000)], ["Axios"], OutletSource.Page, DateTimeOffset.FromUnixTimeSeconds(1_700_000_000), new DateOnly(2024, 1, 2));

    [Fact]
    public void EveryField_RoundTrips()
    {
        var back = StoredMeta.FromBytes(Full.ToBytes());
        Assert.Equal(Full.ToArticle("x", ""), back.ToArticle("x", ""), new ArticleComparer());
    }

    [Fact]
    public void EmptyAndSameAsOutlet_RoundTrip()
    {
        var empty = new StoredMeta(null, null, null, null, null, null, [], [], [], []);
        Assert.Equal(empty.ToArticle("x", ""), StoredMeta.FromBytes(empty.ToBytes()).ToArticle("x", ""), new ArticleComparer());
        var same = Full with { Site = "Times of Israel" };
        Assert.Equal("Times of Israel", StoredMeta.FromBytes(same.ToBytes()).Site);
        Assert.True(same.ToBytes().Length < Full.ToBytes().Length);
    }

    [Fact]
    public void TheFormatOfLayouts6And7_WithoutAnOutletSource_StillReads()
    {
        // Format 1 is format 2 less the last string: what reindex reads from an index of layout 6 or 7.
        var bytes = (Full with { OutletSource = null, Fetched = null, Modified = null }).ToBytes();
        var old = bytes[..^3];
        old[0] = 1;
        var back = StoredMeta.FromBytes(old).ToArticle("x", "");
        Assert.Equal((Full with { OutletSource = null, Fetched = null, Modified = null }).ToArticle("x", ""), back, new ArticleComparer());
        Assert.Null(back.OutletSource);
    }

    [Fact]
    public void ADamagedValue_IsInvalidData()
    {
        var bytes = Full.ToBytes();
        for (var cut = 0; cut < bytes.Length; cut++)
        {
            Assert.Throws<InvalidDataException>(() => StoredMeta.FromBytes(bytes.AsSpan(0, cut)));
        }
        var unknown = (byte[])bytes.Clone();
        unknown[0] = 99;
        Assert.Throws<InvalidDataException>(() => StoredMeta.FromBytes(unknown));
    }

    private sealed class ArticleComparer : IEqualityComparer<Article>
    {
        public bool Equals(Article? a, Article? b) => a is not null && b is not null
            && (a.Source, a.Url, a.Title, a.Outlet, a.OutletSource, a.Site, a.Published, a.Fetched, a.Modified) == (b.Source, b.Url, b.Title, b.Outlet, b.OutletSource, b.Site, b.Published, b.Fetched, b.Modified)
            && a.Authors.SequenceEqual(b.Authors) && a.Countries.SequenceEqual(b.Countries)
            && a.People.SequenceEqual(b.People) && a.Cites.SequenceEqual(b.Cites);

        public int GetHashCode(Article a) => a.Id.GetHashCode();
    }
}
