using Lucene.Net.Index;
using Search.Core.Indexing;
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

    [Theory]
    [InlineData("strike")]
    [InlineData("\"the strike was\"")]
    [InlineData("harbour OR officials")]
    [InlineData("Kuril* OR Generat*")]
    [InlineData("\"report number\" traffic")]
    public void APageOfHits_GetsTheSpansThatReanalysingEachTextGives(string query)
    {
        // Postings read once for many documents must mark what analysing each document's text marks.
        var terms = HighlightTerms.From(index.Searcher.Parse(query));
        using var directory = IndexStore.Open(index.IndexPath);
        using var reader = DirectoryReader.Open(directory);
        var compared = 0;
        foreach (var leaf in reader.Leaves)
        {
            var docs = Enumerable.Range(0, leaf.AtomicReader.MaxDoc).ToList();
            var page = terms.Spans(leaf.AtomicReader, docs, IndexFields.Body);
            foreach (var doc in docs)
            {
                var text = ArticleDocument.Read(leaf.AtomicReader, doc, withText: true).Text;
                Assert.Equal(terms.Spans(text, IndexFields.Body), page[doc]);
                compared += page[doc].Count > 0 ? 1 : 0;
            }
        }
        Assert.True(compared > 0, "the query marks something in the index");
    }
}
