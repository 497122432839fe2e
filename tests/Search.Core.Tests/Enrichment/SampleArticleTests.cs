using Search.Core.Enrichment;
using Search.Core.Ingest;
using Search.Core.Model;

namespace Search.Core.Tests.Enrichment;

/// <summary>Hand-checked expectations for the five sample articles (read as the indexer reads them).</summary>
public class SampleArticleTests
{
    private static readonly ArticleEnricher Enricher = new(EnrichmentData.Default);

    private static Article Enrich(string prefix)
    {
        var doc = CorpusReader.Read([TestPaths.Sample(prefix)]).Single().Document!;
        return Enricher.Enrich(doc);
    }

    private static string[] Codes(Article a) => a.Countries.Select(c => c.Code).ToArray();
    private static string[] People(Article a) => a.People.Select(p => p.Name).ToArray();

    [Fact]
    public void RtArticle_HasHeadlineDateOutletAndCitedJournal()
    {
        var a = Enrich("000");
        Assert.Equal("Israel secretly coordinates Syria airstrikes with the US – WSJ", a.Title);
        Assert.Equal(new DateOnly(2022, 6, 17), a.Published);
        Assert.Equal("RT", a.Outlet);
        Assert.Equal(["The Wall Street Journal"], a.Cites);
        Assert.Empty(a.Authors);
        Assert.Equal(["Dennis Ross"], People(a));
        Assert.Superset(new HashSet<string> { "IL", "SY", "US", "IR", "JO" }, Codes(a).ToHashSet());
    }

    [Fact]
    public void RtArticle_BodyLeavesOutMenusRelatedStoriesAndFooter()
    {
        var a = Enrich("000");
        Assert.StartsWith("Israeli strikes against Iranian-linked targets", a.Text);
        Assert.EndsWith("Ross added.", a.Text);
        foreach (var boilerplate in new[] { "cookies", "Read more", "Podcasts", "Thatcher", "TV-Novosti", "bookmark", "Damascus Airport ‘disabled’" })
        {
            Assert.DoesNotContain(boilerplate, a.Text);
        }
        Assert.DoesNotContain("AR", Codes(a)); // Argentina is only in a related-story title
        Assert.DoesNotContain("UA", Codes(a));
    }

    [Fact]
    public void MiddleEastMonitorArticle_HasNoDateAndCitesAlAraby()
    {
        var a = Enrich("001");
        Assert.Equal("Reports: US cooperates secretly with Assad against IS", a.Title);
        Assert.Null(a.Published);
        Assert.Equal("Middle East Monitor", a.Outlet);
        Assert.Contains("The New Arab", a.Cites);
        Assert.Equal(new[] { "Barack Obama", "Bashar al-Assad", "James Foley", "Josh Earnest", "Rami Abdulrahman" }.Order(), People(a).Order());
        Assert.DoesNotContain("IS", Codes(a)); // Islamic State, not Iceland
        Assert.DoesNotContain("Show Comments", a.Text);
    }

    [Fact]
    public void AxiosScoopOnAnAggregator_IsAxiosOnTheAggregatorsSite()
    {
        var a = Enrich("002");
        Assert.Equal("Axios", a.Outlet);
        Assert.Equal("cupure", a.Site);
        Assert.Null(a.Published);
        Assert.Equal("Scoop: U.S. told Israel it won't participate in an Israeli strike on Iran", a.Title);
        Assert.Contains("Donald Trump", People(a));
        Assert.Contains("Erik Kurilla", People(a));
        Assert.Contains("Abbas Araghchi", People(a));
        Assert.DoesNotContain("IN", Codes(a)); // "india crash" is a ticker above the story
        Assert.Contains("OM", Codes(a));
        // Paragraphs glued by the scrape are split again.
        Assert.Contains("tell Axios.\n\nWhy it matters:", a.Text);
    }

    [Fact]
    public void DebkaStoryOnIsrapundit_IsDebkaFileOnIsrapunditWithTheFooterDate()
    {
        var a = Enrich("003");
        Assert.Equal("DEBKAfile", a.Outlet);
        Assert.Equal("Israpundit", a.Site);
        Assert.Equal(new DateOnly(2014, 6, 17), a.Published);
        var people = People(a);
        foreach (var expected in new[] { "Benjamin Netanyahu", "Moshe Ya'alon", "Benny Gantz", "John Kerry", "Mahmoud Abbas", "Qassem Soleimani", "Barack Obama", "Gilead Shalit" })
        {
            Assert.Contains(expected, people);
        }
        foreach (var notAPerson in new[] { "Hamas", "Shin Bet", "Tal Afar", "Al Qods", "West Bank" })
        {
            Assert.DoesNotContain(notAPerson, people);
        }
        Assert.DoesNotContain("Why would the USA get involved", a.Text); // reader comments
        Assert.Equal(4, a.People.Single(p => p.Name == "Benjamin Netanyahu").Mentions);
    }

    [Fact]
    public void GlobalResearchArticle_HasBylineAndLeavesOutTheBookAdvert()
    {
        var a = Enrich("004");
        Assert.Equal("Global Research", a.Outlet);
        Assert.Equal(new DateOnly(2021, 7, 5), a.Published);
        Assert.Equal(["Brian Berletic"], a.Authors);
        Assert.Equal(new[] { "The Guardian", "The New York Times" }.Order(), a.Cites.Order());
        var people = People(a);
        Assert.Contains("Kofi Annan", people);
        Assert.Contains("Joe Biden", people);
        Assert.Contains("Qassem Soleimani", people); // "Qassim Suleimani" through the alias file
        Assert.DoesNotContain("Mark Taliano", people); // book advert
        Assert.DoesNotContain("ISBN", a.Text);
        Assert.DoesNotContain("Note to readers", a.Text);
        Assert.DoesNotContain("TH", Codes(a)); // "Bangkok-based" is in the author's bio
    }
}
