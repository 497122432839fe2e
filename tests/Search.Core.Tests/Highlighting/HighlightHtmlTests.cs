using Search.Core.Highlighting;

namespace Search.Core.Tests.Highlighting;

/// <summary>Passages and their HTML on plain strings: no index, no analyzer.</summary>
public class HighlightHtmlTests
{
    [Fact]
    public void EveryPieceIsEscaped_InsideTheMarkAsWellAsBetween()
    {
        const string text = "A <b> said <script>x</script> & \"more\" 'here'";
        var start = text.IndexOf("said", StringComparison.Ordinal);
        var end = text.IndexOf("x<", StringComparison.Ordinal);
        var html = HighlightHtml.ToHtml(text, [new TextRange(start, end)]);
        Assert.Equal("A &lt;b&gt; <mark>said &lt;script&gt;</mark>x&lt;/script&gt; &amp; &quot;more&quot; &#39;here&#39;", html);
    }

    [Fact]
    public void OnlyMarkTagsAreAdded()
    {
        var html = HighlightHtml.ToHtml("<i>one</i> two <i>three</i>", [new TextRange(0, 3), new TextRange(11, 14)]);
        Assert.DoesNotMatch("<(?!/?mark>)", html);
    }

    [Fact]
    public void APassage_IsRenderedWithinItsBounds_WithMatchesCutToIt()
    {
        const string text = "First sentence here. Second one has the word. Third.";
        var word = text.IndexOf("word", StringComparison.Ordinal);
        var passage = Assert.Single(PassageSelector.Select(text, [new TextRange(word, word + 4)], count: 1, size: 50));
        Assert.Contains("word", text[passage.Start..passage.End]);
        Assert.Equal("<mark>word</mark>", HighlightHtml.ToHtml(text, passage)[HighlightHtml.ToHtml(text, passage).IndexOf("<mark>", StringComparison.Ordinal)..][..17]);
        var cut = passage.Cut(text);
        Assert.Equal("word", cut.Text[cut.Matches[0].Start..cut.Matches[0].End]);
    }

    [Fact]
    public void PassagesWithMoreDistinctMatches_AreChosen_AndComeInTextOrder()
    {
        var sentences = Enumerable.Range(0, 10).Select(i => $"Sentence {i} talks about nothing much at all today.").ToList();
        sentences[3] = "Here Iran and Syria both appear in one sentence.";
        sentences[7] = "Later Iran alone appears again in this sentence.";
        var text = string.Join(" ", sentences);
        var matches = new List<TextRange>();
        foreach (var word in new[] { "Iran", "Syria" })
        {
            for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.Ordinal))
            {
                matches.Add(new TextRange(at, at + word.Length));
            }
        }
        var chosen = PassageSelector.Select(text, TextRange.Merge(matches), count: 1, size: 50);
        Assert.Contains("Syria", text[chosen[0].Start..chosen[0].End]);
        var two = PassageSelector.Select(text, TextRange.Merge(matches), count: 2, size: 50);
        Assert.True(two[0].Start < two[1].Start);
    }

    [Fact]
    public void NoMatch_GivesTheOpeningPassage()
    {
        var passage = Assert.Single(PassageSelector.Select("Opening words. And more after them.", [], count: 3, size: 50));
        Assert.Equal(0, passage.Start);
        Assert.Empty(passage.Matches);
    }

    [Fact]
    public void OverlappingRanges_AreMerged()
    {
        var merged = TextRange.Merge([new TextRange(5, 9), new TextRange(0, 3), new TextRange(8, 12), new TextRange(3, 4)]);
        Assert.Equal([new TextRange(0, 4), new TextRange(5, 12)], merged);
    }
}
