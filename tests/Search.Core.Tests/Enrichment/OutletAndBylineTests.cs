using Search.Core.Enrichment;

namespace Search.Core.Tests.Enrichment;

public class OutletAndBylineTests
{
    private static readonly EnrichmentData Data = EnrichmentData.Default;
    private static readonly OutletDetector Outlets = new(Data.Outlets);

    private static PageLayout Page(string[] header, string[] body, string[] footer) => new(header, body, footer);

    [Fact]
    public void UrlHost_NamesTheSite()
    {
        var (outlet, site) = Outlets.Detect(Page([], ["Officials met on Monday to discuss the plan in detail."], []), "https://edition.cnn.com/2020/a", null);
        Assert.Equal("CNN", outlet);
        Assert.Equal("CNN", site);
    }

    [Fact]
    public void OriginalSourceLine_NamesTheOutletOfARepost()
    {
        var page = Page(["Some Aggregator"], ["Officials met on Monday to discuss the plan in detail."],
            ["The original source of this article is Consortium News", "Copyright © Some Aggregator 2020"]);
        var (outlet, _) = Outlets.Detect(page, "https://aggregator.example/x", null);
        Assert.Equal("Consortium News", outlet);
    }

    [Fact]
    public void AnUnknownSite_StaysUnknown()
    {
        var (outlet, site) = Outlets.Detect(Page(["Home", "World"], ["Officials met on Monday to discuss the plan in detail."], []), null, null);
        Assert.Null(outlet);
        Assert.Null(site);
    }

    [Fact]
    public void CitingAnOutlet_DoesNotMakeItTheOutlet()
    {
        var page = Page([], ["The Washington Post reported on Monday that talks had failed, according to Reuters."], []);
        var (outlet, _) = Outlets.Detect(page, null, null);
        Assert.Null(outlet);
        Assert.Equal(new[] { "Reuters", "The Washington Post" }, new CitationDetector(Data.Outlets).Detect(page, null, null).Order());
    }

    [Theory]
    [InlineData("By Jane Doe and John Roe | June 5, 2020", new[] { "Jane Doe", "John Roe" })]
    [InlineData("By Reuters", new string[0])]
    [InlineData("Author: Maria de la Cruz", new[] { "Maria de la Cruz" })]
    public void Bylines_GiveAuthorsButNotOutlets(string line, string[] expected) =>
        Assert.Equal(expected, AuthorExtractor.Extract(Page([line], ["Officials met on Monday to discuss the plan in detail."], []), Data.Outlets));

    [Fact]
    public void PeopleQuotedInTheStory_AreNotAuthors()
    {
        var page = Page(["A headline about talks"], ["By the end of the day, Jane Doe said the talks had failed completely."], []);
        Assert.Empty(AuthorExtractor.Extract(page, Data.Outlets));
    }
}
