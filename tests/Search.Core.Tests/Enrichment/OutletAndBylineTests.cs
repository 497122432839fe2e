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

/// <summary>Wire copy and the end of a scraped page: the wire's dateline names the outlet, the last paragraph stays.</summary>
public class WireCopyTests
{
    private static readonly ArticleEnricher Enricher = new(EnrichmentData.Default);

    private const string Page = """
        Skip to main content
        World
        Ukraine says it downed drones over Kyiv overnight
        By Tom Balmforth
        May 5, 2023 9:14 AM UTC
        KYIV, May 5 (Reuters) - Ukraine's air defences shot down all 24 drones that Russia launched at Kyiv and other regions overnight, the military said on Friday.
        The attack was the latest in a wave of strikes on the capital this week, the city's military administration said.
        President Volodymyr Zelenskiy said the country's air defence had been strengthened with new systems from Western partners.
        Advertisement · Scroll to continue
        Secretary of State Antony Blinken said Washington would send more air defence systems.
        © 2023 Reuters. All rights reserved
        Related: Ukraine latest
        """;

    private static Search.Core.Model.Article Enrich(string text) =>
        Enricher.Enrich(new Search.Core.Ingest.SourceDocument { Id = "wire", Source = "wire.txt", Text = text, Kind = Search.Core.Ingest.TextKind.PageText });

    [Fact]
    public void TheShortLastParagraphBeforeACopyrightLine_Stays()
    {
        var article = Enrich(Page);
        Assert.EndsWith("Secretary of State Antony Blinken said Washington would send more air defence systems.", article.Text);
        Assert.DoesNotContain("Related", article.Text);
        Assert.Contains(article.People, p => p.Name == "Antony Blinken");
    }

    [Fact]
    public void AWireDateline_NamesTheOutlet_AndSpellingsOfOnePersonMerge()
    {
        var article = Enrich(Page);
        Assert.Equal("Reuters", article.Outlet);
        Assert.Contains(article.People, p => p.Name == "Volodymyr Zelensky");
    }

    [Theory]
    [InlineData("WASHINGTON (AP) — Lawmakers met on Monday to discuss the budget plan in detail, officials said.", "Associated Press")]
    [InlineData("Lawmakers met on Monday to discuss the budget plan in detail, officials said. — AFP", "Agence France-Presse")]
    [InlineData("BERLIN (dpa) - Lawmakers met on Monday to discuss the budget plan in detail, officials said.", "Deutsche Presse-Agentur")]
    [InlineData("NEW DELHI (PTI) - Lawmakers met on Monday to discuss the budget plan in detail, officials said.", "Press Trust of India")]
    [InlineData("MADRID (EFE) - Lawmakers met on Monday to discuss the budget plan in detail, officials said.", "EFE")]
    public void OtherWireCredits_NameTheirWire(string firstParagraph, string wire)
    {
        var article = Enrich($"Budget talks\n{firstParagraph}\nThe talks went on into the night, one of them said afterwards.\n");
        Assert.Equal(wire, article.Outlet);
    }
}
