using Search.Core.Enrichment;
using Search.Core.Ingest;
using Search.Core.Model;

namespace Search.Core.Tests.Enrichment;

/// <summary>An outlet for every article that names one anywhere, and how it was found: source, registry, page, domain.</summary>
public class OutletDecisionTests
{
    private static readonly ArticleEnricher Enricher = new(EnrichmentData.Default);

    private const string Body = "<article><p>The council voted on Tuesday to widen the harbour road, the mayor said after a long meeting.</p><p>Work starts in spring.</p></article>";

    private static Article FromHtml(string head, string url = "https://www.valley-courier.example/2019/11/19/road")
    {
        var doc = HtmlPageReader.Parse($"<html><head><link rel=\"canonical\" href=\"{url}\">{head}</head><body>{Body}</body></html>", "page.html")!;
        return Enricher.Enrich(doc);
    }

    [Theory]
    [InlineData("<meta property=\"og:site_name\" content=\"Valley Courier | Sport | Sport | Sport\">", "Valley Courier")]
    [InlineData("<meta property=\"og:site_name\" content=\"Valley Courier – News from the valley\">", "Valley Courier")]
    [InlineData("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Road\",\"publisher\":{\"@type\":\"Organization\",\"name\":\"Valley Courier\"}}</script>", "Valley Courier")]
    [InlineData("<script type=\"application/ld+json\">{\"@graph\":[{\"@type\":\"WebSite\",\"name\":\"Valley Courier\"},{\"@type\":\"NewsArticle\",\"headline\":\"Road\"}]}</script>", "Valley Courier")]
    [InlineData("<meta name=\"application-name\" content=\"Valley Courier\">", "Valley Courier")]
    [InlineData("<title>Council widens the road | Valley Courier</title><meta property=\"og:title\" content=\"Council widens the road\">", "Valley Courier")]
    public void ThePagesOwnMetadata_NamesTheOutlet_TaglineCut(string head, string outlet)
    {
        var article = FromHtml(head);
        Assert.Equal((outlet, OutletSource.Page), (article.Outlet, article.OutletSource));
        Assert.Equal(outlet, article.Site);
    }

    [Fact]
    public void APublisherNamedAsACompany_GivesWayToTheSiteName()
    {
        var article = FromHtml("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"publisher\":{\"name\":\"Valley Media Holding AG\"}}</script>" +
                               "<meta property=\"og:site_name\" content=\"Valley Courier\">");
        Assert.Equal(("Valley Courier", OutletSource.Page), (article.Outlet, article.OutletSource));
        Assert.True(SiteName.IsCompany("Ediciones EL PAÍS S.L."));
        Assert.False(SiteName.IsCompany("EL PAÍS"));
    }

    [Fact]
    public void WhenThePageNamesItself_TheBodysWayOfSpeaking_DoesNotMakeAnotherOutletTheOriginal()
    {
        var doc = HtmlPageReader.Parse("<html><head><meta property=\"og:site_name\" content=\"Valley Courier\"></head><body><article>" +
            "<p>The mayor told Axios on Tuesday that the road would be widened, and Axios first reported the plan last week.</p>" +
            "<p>Work starts in spring, the council said after a long meeting.</p></article></body></html>", "page.html")!;
        Assert.Equal(("Valley Courier", OutletSource.Page), (Enricher.Enrich(doc).Outlet, Enricher.Enrich(doc).OutletSource));
    }

    [Fact]
    public void WithoutMetadata_TheDomainIsTheOutlet_MadeReadable()
    {
        var article = FromHtml("<title>Council widens the road</title>");
        Assert.Equal(("valley-courier.example", OutletSource.Domain), (article.Outlet, article.OutletSource));
    }

    [Fact]
    public void AnOutletTheRegistryKnows_IsItsRegistryName_FromAliasOrDomain()
    {
        Assert.Equal(("Associated Press", OutletSource.Registry), (FromHtml("<meta property=\"og:site_name\" content=\"The Associated Press | Breaking\">", "https://apnews.example/a") is var a ? (a.Outlet, a.OutletSource) : default));
        var byDomain = FromHtml("", "https://www.reuters.com/world/road");
        Assert.Equal(("Reuters", OutletSource.Registry), (byDomain.Outlet, byDomain.OutletSource));
    }

    [Fact]
    public void AnOutletTheInputGives_WinsAndIsMarkedAsTheSources()
    {
        var given = Enricher.Enrich(new SourceDocument { Source = "a.jsonl#1", Text = "The council voted to widen the road.", Kind = TextKind.ArticleText, Outlet = "Valley Courier" });
        Assert.Equal(("Valley Courier", OutletSource.Source), (given.Outlet, given.OutletSource));
        var known = Enricher.Enrich(new SourceDocument { Source = "a.jsonl#2", Text = "The council voted to widen the road.", Kind = TextKind.ArticleText, Outlet = "AFP" });
        Assert.Equal(("Agence France-Presse", OutletSource.Registry), (known.Outlet, known.OutletSource));
        var none = Enricher.Enrich(new SourceDocument { Source = "a.jsonl#3", Text = "The council voted to widen the road.", Kind = TextKind.ArticleText });
        Assert.Equal((null, null), (none.Outlet, none.OutletSource));
    }

    [Theory]
    [InlineData("https://www.example-news.com/a", "example-news.com")]
    [InlineData("https://m.example-news.com/a", "example-news.com")]
    [InlineData("http://EXAMPLE-News.com./a", "example-news.com")]
    [InlineData("file:///tmp/a.html", null)]
    [InlineData("not a url", null)]
    public void ADomain_IsMadeReadable_AndNothingElseIsADomain(string url, string? domain) => Assert.Equal(domain, SiteName.Domain(url));

    [Theory]
    [InlineData("https://example.org/a long tagline", null)]
    [InlineData("   ", null)]
    [InlineData("The Name of a Site That Goes On and On Like a Sentence", null)]
    [InlineData("Name &amp; Co | Home", "Name & Co")]
    public void ASiteNameThatIsNoName_IsDropped(string value, string? name) => Assert.Equal(name, SiteName.Clean(value));
}
