using Search.Core.Indexing;
using Search.Core.Model;

namespace Search.Core.Tests.Indexing;

/// <summary>The metadata kept per article in its compact binary form comes back exactly; damage is reported, not read wrong.</summary>
public class StoredMetaTests
{
    private static readonly Article Full = new()
    {
        Id = "x", Text = "", Source = "feeds/a.jsonl#3", Url = "https://example.org/a?b=1", Title = "Gantz meets «Zelensky» in Kyiv",
        Outlet = "Times of Israel", Site = "Israpundit", Published = new DateOnly(2023, 12, 31), Authors = ["Ya’alon Writer", "Second Author"],
        Countries = [new CountryMention("IL", "Israel", 4), new CountryMention("UA", "Ukraine", 300)],
        People = [new PersonMention("Benny Gantz", 2), new PersonMention("Volodymyr Zelensky", 70_000)], Cites = ["Axios"],
        OutletSource = OutletSource.Page, Fetched = DateTimeOffset.FromUnixTimeSeconds(1_700_000_000), Modified = new DateOnly(2024, 1, 2),
        Labels = new Dictionary<string, string> { ["language"] = "en", ["section"] = "Politik" },
    };

    private static Article RoundTrip(Article a) => StoredMeta.Read(StoredMeta.ToBytes(a), a.Id, a.Text);

    [Fact]
    public void EveryField_RoundTrips()
    {
        Assert.Equal(Full, RoundTrip(Full), new ArticleComparer());
    }

    [Fact]
    public void EmptyAndSameAsOutlet_RoundTrip()
    {
        var empty = new Article { Id = "x", Text = "" };
        Assert.Equal(empty, RoundTrip(empty), new ArticleComparer());
        var same = Full with { Site = "Times of Israel" };
        Assert.Equal("Times of Israel", RoundTrip(same).Site);
        Assert.True(StoredMeta.ToBytes(same).Length < StoredMeta.ToBytes(Full).Length);
    }

    [Fact]
    public void OlderFormats_StillRead_WithoutWhatTheyLacked()
    {
        // Format 2 (layout 8) is format 3 less the labels (an empty list is one byte); format 1 (layouts 6 and 7) also
        // lacks the outlet's source, fetch time and day modified: what reindex reads from older indexes.
        var plain = Full with { Labels = new Dictionary<string, string>() };
        var format2 = StoredMeta.ToBytes(plain)[..^1];
        format2[0] = 2;
        Assert.Equal(plain, StoredMeta.Read(format2, "x", ""), new ArticleComparer());

        var bare = plain with { OutletSource = null, Fetched = null, Modified = null };
        var format1 = StoredMeta.ToBytes(bare)[..^4];
        format1[0] = 1;
        var back = StoredMeta.Read(format1, "x", "");
        Assert.Equal(bare, back, new ArticleComparer());
        Assert.Null(back.OutletSource);
    }

    [Fact]
    public void ShrinkingRounds_HalveListsAndCutStrings()
    {
        var big = Full with { Title = new string('t', 5000), People = Enumerable.Range(0, 1000).Select(i => new PersonMention($"Person {i}", 1)).ToList() };
        var once = StoredMeta.Read(StoredMeta.ToBytes(big, shrink: 1), "x", "");
        Assert.Equal(2000, once.Title!.Length);
        Assert.Equal(500, once.People.Count);
        var twice = StoredMeta.Read(StoredMeta.ToBytes(big, shrink: 2), "x", "");
        Assert.Equal(1000, twice.Title!.Length);
        Assert.Equal(250, twice.People.Count);
    }

    [Fact]
    public void TheContentHash_FollowsEveryStoredField_LabelsIncluded()
    {
        var hash = ArticleDocument.ContentHash(Full);
        Assert.Equal(hash, ArticleDocument.ContentHash(Full with { }));
        Assert.NotEqual(hash, ArticleDocument.ContentHash(Full with { Labels = new Dictionary<string, string> { ["language"] = "de", ["section"] = "Politik" } }));
        Assert.NotEqual(hash, ArticleDocument.ContentHash(Full with { Modified = null }));
        Assert.NotEqual(hash, ArticleDocument.ContentHash(Full with { Text = "changed" }));
        Assert.NotEqual(hash, ArticleDocument.ContentHash(Full with { Id = "y" }));
    }

    [Fact]
    public void ADamagedValue_IsInvalidData()
    {
        var bytes = StoredMeta.ToBytes(Full);
        for (var cut = 0; cut < bytes.Length; cut++)
        {
            Assert.Throws<InvalidDataException>(() => StoredMeta.Read(bytes.AsSpan(0, cut), "x", ""));
        }
        var unknown = (byte[])bytes.Clone();
        unknown[0] = 99;
        Assert.Throws<InvalidDataException>(() => StoredMeta.Read(unknown, "x", ""));
    }

    private sealed class ArticleComparer : IEqualityComparer<Article>
    {
        public bool Equals(Article? a, Article? b) => a is not null && b is not null
            && (a.Id, a.Source, a.Url, a.Title, a.Outlet, a.OutletSource, a.Site, a.Published, a.Fetched, a.Modified) == (b.Id, b.Source, b.Url, b.Title, b.Outlet, b.OutletSource, b.Site, b.Published, b.Fetched, b.Modified)
            && a.Authors.SequenceEqual(b.Authors) && a.Countries.SequenceEqual(b.Countries)
            && a.People.SequenceEqual(b.People) && a.Cites.SequenceEqual(b.Cites)
            && a.Labels.OrderBy(l => l.Key).SequenceEqual(b.Labels.OrderBy(l => l.Key));

        public int GetHashCode(Article a) => a.Id.GetHashCode();
    }
}
