using Search.Core.Searching;
using Search.Core.Errors;
using Search.Core.Querying;

namespace Search.Core.Tests.Searching;

[Collection(SampleIndexCollection.Name)]
public class FacetAndPagingTests(SampleIndexFixture index)
{
    private static Func<SearchRequest, SearchRequest> Outlets(params string[] outlets) =>
        r => r with { Filters = new Dictionary<string, IReadOnlyList<string>> { ["outlet"] = outlets }, Facets = ["outlet", "country", "year"] };

    [Fact]
    public void FacetCounts_CoverAllMatchesNotThePage()
    {
        var result = index.Search("harbour", r => r with { Limit = 5, Facets = ["outlet"] });
        Assert.Equal(SampleIndexFixture.GeneratedCount, result.Total);
        Assert.Equal(SampleIndexFixture.GeneratedCount / 2, result.Facets["outlet"].Single(f => f.Value == "Harbour Times").Count);
    }

    [Fact]
    public void TickingAnOutlet_NarrowsHitsButKeepsOtherOutletCounts()
    {
        var all = index.Search("harbour", r => r with { Facets = ["outlet"] });
        var one = index.Search("harbour", Outlets("Harbour Times"));
        Assert.Equal(SampleIndexFixture.GeneratedCount / 2, one.Total);
        Assert.All(one.Hits, h => Assert.Equal("Harbour Times", h.Article.Outlet));
        Assert.Equal(all.Facets["outlet"].Single(f => f.Value == "Port Gazette").Count, one.Facets["outlet"].Single(f => f.Value == "Port Gazette").Count);
        Assert.True(one.Facets["outlet"].Single(f => f.Value == "Harbour Times").Selected);

        var both = index.Search("harbour", Outlets("Harbour Times", "Port Gazette"));
        Assert.Equal(SampleIndexFixture.GeneratedCount, both.Total);
    }

    [Fact]
    public void ASelectedValueWithNoMatches_StillShowsWithZero()
    {
        var result = index.Search("harbour", Outlets("RT"));
        Assert.Equal(0, result.Total);
        var rt = result.Facets["outlet"].Single(f => f.Value == "RT");
        Assert.True(rt.Selected);
        Assert.Equal(0, rt.Count);
    }

    [Fact]
    public void YearHistogram_CountsMatchesPerYear()
    {
        var result = index.Search("harbour", r => r with { Facets = ["year"] });
        Assert.Equal(SampleIndexFixture.GeneratedCount, result.Facets["year"].Sum(y => y.Count));
        Assert.Equal("2000", result.Facets["year"][0].Value);
    }

    [Theory]
    [InlineData(SortOrder.Relevance)]
    [InlineData(SortOrder.Newest)]
    [InlineData(SortOrder.Oldest)]
    public void CursorPaging_WalksEveryResultOnceWithoutGaps(SortOrder sort)
    {
        var seen = new List<string>();
        string? cursor = null;
        do
        {
            var page = index.Search("harbour", r => r with { Sort = sort, Limit = 33, Cursor = cursor, Highlight = false });
            seen.AddRange(page.Hits.Select(h => h.Article.Id));
            cursor = page.NextCursor;
        } while (cursor is not null);
        Assert.Equal(SampleIndexFixture.GeneratedCount, seen.Count);
        Assert.Equal(SampleIndexFixture.GeneratedCount, seen.Distinct().Count());
    }

    [Fact]
    public void NewestFirst_IsOrderedByDate()
    {
        var dates = index.Search("harbour", r => r with { Sort = SortOrder.Newest, Limit = 50 }).Hits.Select(h => h.Article.Published!.Value).ToList();
        Assert.Equal(dates.OrderDescending(), dates);
    }

    [Fact]
    public void DateRange_IsInclusive()
    {
        var result = index.Search("harbour", r => r with { From = new DateOnly(2000, 1, 1), To = new DateOnly(2000, 1, 8) });
        Assert.Equal(2, result.Total);
    }

    [Fact]
    public void AForeignCursor_IsATypedError()
    {
        var e = Assert.Throws<SearchRequestException>(() => index.Search("harbour", r => r with { Cursor = "not-a-cursor" }));
        Assert.Equal("invalid_cursor", e.Code);
    }

    [Fact]
    public void FacetValueSearch_FindsValuesByAnyWordPrefix()
    {
        var people = index.Searcher.FacetValues(new SearchRequest(), "person", "net", 10);
        var netanyahu = Assert.Single(people);
        Assert.Equal("Benjamin Netanyahu", netanyahu.Value);
        Assert.Equal(1, netanyahu.Count);
        Assert.Contains(index.Searcher.FacetValues(new SearchRequest(), "country", "syr", 10), c => c.Value == "SY" && c.Count == 4);
        Assert.Empty(index.Searcher.FacetValues(new SearchRequest { Query = "harbour" }, "person", "net", 10));
    }

    [Fact]
    public void Pivot_CountsOutletsAgainstCountries()
    {
        var pivot = index.Searcher.Pivot(new SearchRequest { Query = "Iran" }, "outlet", "country", 10);
        Assert.Equal(4, pivot.Total);
        var rt = pivot.RowValues.Single(r => r.Value == "RT");
        Assert.Equal(1, rt.Counts["SY"]);
        Assert.False(rt.Counts.ContainsKey("OM"));
        Assert.Equal(1, pivot.RowValues.Single(r => r.Value == "Axios").Counts["OM"]);
        Assert.Equal("unknown_facet", Assert.Throws<SearchRequestException>(() => index.Searcher.Pivot(new SearchRequest(), "colour", "country", 10)).Code);
    }

    [Fact]
    public void AShortDateRange_AddsAMonthHistogram()
    {
        var result = index.Search("harbour", r => r with { Facets = ["year"], From = new DateOnly(2000, 1, 1), To = new DateOnly(2000, 12, 31) });
        Assert.Equal(12, result.Facets["month"].Count);
        Assert.Equal("2000-01", result.Facets["month"][0].Value);
        Assert.False(index.Search("harbour", r => r with { Facets = ["year"] }).Facets.ContainsKey("month"));
    }
}
