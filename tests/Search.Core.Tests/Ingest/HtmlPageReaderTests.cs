using Search.Core.Enrichment;
using Search.Core.Ingest;

namespace Search.Core.Tests.Ingest;

/// <summary>Article bodies and bylines from HTML pages laid out the many ways news sites lay them out.</summary>
public class HtmlPageReaderTests
{
    private static readonly string Paragraphs = string.Concat(Enumerable.Range(1, 6).Select(i =>
        $"<p>Paragraph {i} of the report says that the council met on Tuesday evening and voted on the budget for the coming year, after a long debate.</p>"));

    private static SourceDocument Parse(string html) => HtmlPageReader.Parse(html, "page.html") ?? throw new InvalidOperationException("no article text");

    [Fact]
    public void Body_IsTheArticleColumn_NotTheMenusOrTheRelatedStories()
    {
        var doc = Parse($"""
            <html><body>
            <div class="menu"><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></div>
            <div class="story-body">{Paragraphs}<ul><li>Budget: 12 million</li><li>Vote: 7 to 2</li></ul><p>The mayor said the result was fair and that the work would start in spring.</p></div>
            <div class="related"><a href="/a">Another story about something else entirely</a><a href="/b">And one more story to read</a></div>
            </body></html>
            """);
        Assert.Contains("Paragraph 1 of the report", doc.Text);
        Assert.Contains("Paragraph 6 of the report", doc.Text);
        Assert.Contains("The mayor said the result was fair", doc.Text);
        Assert.DoesNotContain("Another story about something", doc.Text);
        Assert.DoesNotContain("Sport", doc.Text);
    }

    [Fact]
    public void ShortLinesBetweenSentences_StayInTheBody()
    {
        // List items and subheadings inside the article are text a journalist searches for; only the page's edges are trimmed.
        var doc = Parse($"<html><body><article>{Paragraphs}<h2>What changes</h2><ul><li>Budget: 12 million</li><li>Vote: 7 to 2</li></ul><p>The mayor said the result was fair and that the work would start in spring.</p></article></body></html>");
        var article = new ArticleEnricher(EnrichmentData.Default).Enrich(doc);
        Assert.Contains("What changes", article.Text);
        Assert.Contains("Budget: 12 million", article.Text);
        Assert.Contains("The mayor said the result was fair", article.Text);
    }

    [Fact]
    public void APageWithTextInDivsOnly_StillGivesItsText()
    {
        var doc = Parse("<html><body><div>" + string.Join("<br><br>", Enumerable.Range(1, 5).Select(i => $"Line {i}: the river rose overnight and the town's bridge was closed to traffic by the police.")) + "</div></body></html>");
        Assert.Contains("the river rose overnight", doc.Text);
    }

    [Fact]
    public void ARelatedStoryTeaserInsideTheArticle_IsDropped_AndTheArticleGoesOn()
    {
        var doc = Parse($"""
            <html><body><article>{Paragraphs}<p>À lire aussi » Ballonnements, lourdeurs : quel est votre profil digestif ?</p>
            <p>Car oui, avec ses 200 millions de neurones, l'intestin serait notre second cerveau, disent certains scientifiques.</p>
            <p>Teilen Sie dies mit:</p></article></body></html>
            """);
        Assert.True(doc.Text.Contains("Car oui, avec ses 200 millions de neurones"), doc.Text);
        var article = new ArticleEnricher(EnrichmentData.Default).Enrich(doc);
        Assert.Contains("Car oui, avec ses 200 millions de neurones", article.Text);
        Assert.DoesNotContain("profil digestif", article.Text);
        Assert.DoesNotContain("Teilen", article.Text);
    }

    [Fact]
    public void ADropCapSetApartFromItsParagraph_IsPutBack()
    {
        var doc = Parse($"""<html><body><article><span class="dropcap">T</span><p>urkey, Poland and three Caribbean islands were added to the quarantine list on Thursday, the minister said.</p>{Paragraphs}</article></body></html>""");
        Assert.StartsWith("Turkey, Poland and three Caribbean islands", doc.Text);
    }

    [Theory]
    [InlineData("""<meta name="author" content="Jane Doe">""", "", "Jane Doe")]
    [InlineData("", """<p class="byline">By Jane Doe | June 5, 2023</p>""", "Jane Doe")]
    [InlineData("", """<span class="author">Von Max Muster</span>""", "Max Muster")]
    [InlineData("", """<a rel="author" href="/people/jd">Jane Doe</a>""", "Jane Doe")]
    [InlineData("""<meta property="article:author" content="https://facebook.com/janedoe">""", """<div itemprop="author"><span itemprop="name">Jane Doe</span></div>""", "Jane Doe")]
    public void Authors_ComeFromMetaTagsBylinesAndAuthorLinks(string head, string byline, string expected)
    {
        var doc = Parse($"<html><head>{head}</head><body><article><h1>Title</h1>{byline}{Paragraphs}</article></body></html>");
        Assert.Equal([expected], doc.Authors!);
    }

    [Theory]
    [InlineData("By Jane Doe and John Roe", new[] { "Jane Doe", "John Roe" })]
    [InlineData("Posted by Jane Doe on 12.03.2021", new[] { "Jane Doe" })]
    [InlineData("jane@example.org", new string[0])]
    [InlineData("Updated 5 minutes ago", new string[0])]
    public void Bylines_AreCutToNames(string byline, string[] expected) => Assert.Equal(expected, BylineFinder.Names(byline));
}
