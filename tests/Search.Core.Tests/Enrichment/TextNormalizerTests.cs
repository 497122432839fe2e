using System.Text.RegularExpressions;
using CsCheck;
using Search.Core.Enrichment;

namespace Search.Core.Tests.Enrichment;

public class TextNormalizerTests
{
    // The normaliser's meaning, written the plain slow way: every pattern over the whole text, every run of spaces replaced.
    private static string Reference(string text)
    {
        text = text.Replace("\r\n", "\n").Replace('\r', '\n');
        text = Regex.Replace(text, @"\[([^\]\n]{0,300})\]\([^)\s]*\)", "$1");
        text = text.Replace("\\$", "$");
        text = Regex.Replace(text, @"[\u200B-\u200D\u2060\uFEFF]", "");
        text = Regex.Replace(text, @"(?<!\S)\S*_\S*_\S*(?=\p{Lu}\p{Ll})|(?<!\S)\S*_\S*_\S*(?!\S)", "");
        return Regex.Replace(text, @"[ \t\u00A0\u2000-\u200A\u202F\u205F\u3000]+", " ");
    }

    private static readonly string[] Pieces =
        ["word", "Word", " ", "  ", "\t", "\u00A0", "\u2009", "\u3000", "\u200B", "\uFEFF", "_", "IMG_2034_a.jpg", "\r\n", "\n", ".", "[link](http://x.y/z)", "](", "\\$5", "The"];

    [Fact]
    public void Normalize_GivesWhatEveryPatternOverTheWholeTextGives() =>
        Gen.Int[0, Pieces.Length - 1].Array[0, 40].Select(ix => string.Concat(ix.Select(i => Pieces[i])))
            .Sample(text => Assert.Equal(Reference(text), TextNormalizer.Normalize(text)), iter: 5000);

    [Theory]
    [InlineData("a  b\t\u00A0c d", "a b c d")]
    [InlineData("see [the report](https://x.org/r) now", "see the report now")]
    [InlineData("photo IMG_20_34.jpg The minister", "photo The minister")]
    public void Normalize_FoldsSpacesLinksAndFileNames(string text, string expected) => Assert.Equal(expected, TextNormalizer.Normalize(text));
}
