using Lucene.Net.Index;
using Search.Core.Highlighting;
using Search.Core.Indexing;
using Search.Core.Schema;

namespace Search.Core.Tests.Highlighting;

/// <summary>Highlighting over the sample index: what a search and an article view mark, and how.</summary>
[Collection(SampleIndexCollection.Name)]
public class HighlightTests(SampleIndexFixture index)
{
    private static string Body(Search.Core.Searching.SearchHit hit) => string.Join(" ", hit.Highlights!.Passages.Select(p => p.ToHtml()));

    [Fact]
    public void ArticleText_IsEscapedThenMarked()
    {
        var hit = index.Search("envoys").Hits.Single(h => h.Article.Id == "edge-script");
        var passage = Assert.Single(hit.Highlights!.Passages).ToHtml();
        Assert.Contains("&lt;script&gt;", passage);
        Assert.DoesNotContain("<script", passage);
        Assert.DoesNotContain("<img", passage);
        Assert.Contains("<mark>envoys</mark>", passage);
        Assert.Equal("Tags &lt;b&gt;in&lt;/b&gt; text", hit.Highlights.Title!.ToHtml());
    }

    [Fact]
    public void APhraseAcrossMarkup_IsEscapedInsideTheMark()
    {
        // The text says "page said <script>…": the match runs into the markup, which must come out escaped inside <mark>.
        var hit = index.Search("\"said script\"").Hits.Single(h => h.Article.Id == "edge-script");
        var html = Body(hit);
        Assert.Contains("<mark>said &lt;script</mark>", html);
        Assert.DoesNotContain("<script", html);
    }

    [Fact]
    public void Passages_ComeAsTextWithMatchRangesToo()
    {
        var hit = index.Search("envoys").Hits.Single(h => h.Article.Id == "edge-script");
        var passage = Assert.Single(hit.Highlights!.Passages);
        var match = Assert.Single(passage.Matches);
        Assert.Equal("envoys", passage.Text[match.Start..match.End]);
        Assert.Contains("<script>", passage.Text);
    }

    [Fact]
    public void StemmedMatchesAreMarked_WordsUnderNotAreNot()
    {
        var text = Body(index.Search("strike").Hits.Single(h => h.Article.Id == "edge-stems"));
        Assert.Contains("<mark>strikes</mark>", text);
        Assert.Contains("<mark>strike</mark>", text);
        // A NOT clause's words are never marked, even in text that has them.
        var terms = HighlightTerms.From(index.Parse("strike NOT officials"));
        const string sentence = "Officials said the strike went on.";
        Assert.Equal("Officials said the <mark>strike</mark> went on.", HighlightHtml.ToHtml(sentence, terms.Spans(sentence, IndexFields.Body)));
    }

    [Fact]
    public void APhrase_IsMarkedOnlyWhereItStandsWhole()
    {
        var text = Body(index.Search("\"the strike was\"").Hits.Single(h => h.Article.Id == "edge-stems"));
        Assert.Contains("<mark>the strike was</mark>", text);
        Assert.DoesNotContain("<mark>The strikes", text);
    }

    [Theory]
    [InlineData("\"Qassem Soleimani\"", "<mark>Qassim Suleimani</mark>")]
    [InlineData("\"Benjamin Netanyahu\"", "<mark>Binyamin Netanyahu</mark>")]
    [InlineData("Netanyahu", "<mark>Binyamin Netanyahu</mark>")]
    public void ANameIsMarkedAsTheArticleSpellsIt(string query, string marked)
    {
        // The alias file's other spellings are searched as exact phrases; the mark is on the article's own spelling.
        var html = string.Join(" ", index.Search(query).Hits.Select(h => index.Searcher.Get(h.Article.Id, query)!.Text!.ToHtml()));
        Assert.Contains(marked, html);
    }

    [Theory]
    [InlineData("Witkof~1", "<mark>Witkoff</mark>")]
    [InlineData("envo?s", "<mark>envoys</mark>")]
    [InlineData("strikes", "<mark>strike</mark>")]
    public void FuzzyWildcardAndStemmedMatches_AreMarked(string query, string marked) =>
        Assert.Contains(index.Search(query).Hits, h => Body(h).Contains(marked));

    [Fact]
    public void Wildcards_AreMarked() => Assert.Contains("<mark>Kurilla</mark>", Body(index.Search("Kuril*").Hits.Single()));

    [Fact]
    public void FilterOnlyQuery_ReturnsTheOpeningPassageUnmarked()
    {
        var passage = Assert.Single(index.Search("country:Oman outlet:Axios").Hits.Single().Highlights!.Passages);
        Assert.StartsWith("The Trump administration", passage.Text);
        Assert.Empty(passage.Matches);
    }

    [Fact]
    public void FullText_HasEveryMatchMarked()
    {
        var html = index.Searcher.Get("002_a4067f249d653682.txt", "Witkoff")!.Text!.ToHtml();
        Assert.Equal(2, html.Split("<mark>").Length - 1);
        var unmarked = System.Text.RegularExpressions.Regex.Replace(html, "<mark>.*?</mark>", "");
        Assert.DoesNotContain("Witkoff", unmarked);
    }

    [Theory]
    [InlineData("strike")]
    [InlineData("harbour OR officials")]
    [InlineData("traffic report")]
    [InlineData("\"the strike was\"")]
    [InlineData("Kuril* OR Generat*")]
    [InlineData("\"report number\" traffic")]
    [InlineData("\"of the\" OR \"the strike\" OR \"strike was\"")]
    [InlineData("\"said the\" OR \"in a\"")]
    [InlineData("\"Trump administration\"~2")]
    [InlineData("strik? OR adm*tion")]
    [InlineData("Witkof~1")]
    [InlineData("\"strike\"")]
    public void APageOfHits_GetsTheSpansThatReanalysingEachTextGives(string query)
    {
        // Postings read once for many documents (and, for exact forms, which have positions only, the stemmed field's
        // offsets at their positions) must mark what analysing each document's text marks.
        var terms = HighlightTerms.From(index.Parse(query));
        using var directory = IndexStore.Open(index.IndexPath);
        using var reader = DirectoryReader.Open(directory);
        var compared = 0;
        foreach (var leaf in reader.Leaves)
        {
            var docs = Enumerable.Range(0, leaf.AtomicReader.MaxDoc).ToList();
            var page = terms.Spans(leaf.AtomicReader, docs, IndexFields.Body, d => ArticleDocument.Read(leaf.AtomicReader, d, withText: true).Text.AsMemory());
            foreach (var doc in docs)
            {
                var text = ArticleDocument.Read(leaf.AtomicReader, doc, withText: true).Text;
                Assert.Equal(terms.Spans(text, IndexFields.Body), page[doc]);
                compared += page[doc].Count > 0 ? 1 : 0;
            }
        }
        Assert.True(compared > 0, "the query marks something in the index");
    }

    [Theory]
    [InlineData("\"report number\" traffic")]
    [InlineData("\"Trump administration\"")]
    [InlineData("Kuril* OR Generat*")]
    [InlineData("strik? OR Witkof~1")]
    public void PhrasesAndPatterns_AreMarkedWithoutReadingTheText(string query)
    {
        // Their words stand between the stemmed field's offsets: no hit's text is asked for, let alone analysed.
        var terms = HighlightTerms.From(index.Parse(query));
        Assert.True(terms.WantsExactForms(IndexFields.Body));
        using var directory = IndexStore.Open(index.IndexPath);
        using var reader = DirectoryReader.Open(directory);
        var marked = 0;
        foreach (var leaf in reader.Leaves)
        {
            var page = terms.Spans(leaf.AtomicReader, Enumerable.Range(0, leaf.AtomicReader.MaxDoc), IndexFields.Body,
                _ => throw new InvalidOperationException("a text was read"));
            marked += page.Values.Sum(s => s.Count);
        }
        Assert.True(marked > 0);
    }

    [Theory]
    [InlineData("\"the strike was\"", "<mark>the strike was</mark>")]
    [InlineData("Kuril* OR Generat*", "<mark>Kurilla</mark>")]
    [InlineData("\"report number\" traffic", "<mark>report number</mark>")]
    public void QueriesOnExactForms_AreMarkedInTheirHits(string query, string marked)
    {
        // The exact forms are indexed without offsets: these hits' highlights come from the stemmed field's offsets.
        Assert.True(HighlightTerms.From(index.Parse(query)).WantsExactForms(IndexFields.Body));
        Assert.Contains(index.Search(query).Hits, h => Body(h).Contains(marked));
    }
}
