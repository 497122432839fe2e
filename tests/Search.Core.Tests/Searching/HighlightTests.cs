using Search.Core.Searching;

namespace Search.Core.Tests.Searching;

[Collection(SampleIndexCollection.Name)]
public class HighlightTests(SampleIndexFixture index)
{
    [Fact]
    public void ArticleText_IsEscapedThenMarked()
    {
        var hit = index.Search("envoys").Hits.Single(h => h.Article.Id == "edge-script");
        var passage = Assert.Single(hit.BodyHighlights);
        Assert.Contains("&lt;script&gt;", passage);
        Assert.DoesNotContain("<script", passage);
        Assert.DoesNotContain("<img", passage);
        Assert.Contains("<mark>envoys</mark>", passage);
        Assert.Equal("Tags &lt;b&gt;in&lt;/b&gt; text", hit.TitleHighlight);
    }

    [Fact]
    public void StemmedMatchesAreMarked_WordsUnderNotAreNot()
    {
        var hit = index.Search("strike").Hits.Single(h => h.Article.Id == "edge-stems");
        var text = string.Join(" ", hit.BodyHighlights);
        Assert.Contains("<mark>strikes</mark>", text);
        Assert.Contains("<mark>strike</mark>", text);
        // A NOT clause's words are never marked, even in text that has them.
        var terms = HighlightTerms.From(index.Searcher.Parse("strike NOT officials"));
        var marked = PassageHighlighter.Mark("Officials said the strike went on.", terms.Spans("Officials said the strike went on.", Search.Core.Indexing.IndexFields.Body));
        Assert.Equal("Officials said the <mark>strike</mark> went on.", marked);
    }

    [Fact]
    public void APhrase_IsMarkedOnlyWhereItStandsWhole()
    {
        var hit = index.Search("\"the strike was\"").Hits.Single(h => h.Article.Id == "edge-stems");
        var text = string.Join(" ", hit.BodyHighlights);
        Assert.Contains("<mark>the strike was</mark>", text);
        Assert.DoesNotContain("<mark>The strikes", text);
    }

    [Fact]
    public void Wildcards_AreMarked()
    {
        var hit = index.Search("Kuril*").Hits.Single();
        Assert.Contains("<mark>Kurilla</mark>", string.Join(" ", hit.BodyHighlights));
    }

    [Fact]
    public void FilterOnlyQuery_ReturnsTheOpeningPassageUnmarked()
    {
        var hit = index.Search("country:Oman").Hits.Single();
        var passage = Assert.Single(hit.BodyHighlights);
        Assert.StartsWith("The Trump administration", passage);
        Assert.DoesNotContain("<mark>", passage);
    }

    [Fact]
    public void FullText_HasEveryMatchMarked()
    {
        var (_, _, html) = index.Searcher.Get("002_a4067f249d653682.txt", "Witkoff")!.Value;
        Assert.Equal(2, html!.Split("<mark>").Length - 1);
        var unmarked = System.Text.RegularExpressions.Regex.Replace(html, "<mark>.*?</mark>", "");
        Assert.DoesNotContain("Witkoff", unmarked);
    }
}
