using System.Text;
using System.Text.RegularExpressions;
using Search.Core.Text;

namespace Search.Core.Enrichment.Tagging;

/// <summary>
/// One training sentence: its tokens as the runtime tokenizer makes them, and a gold tag per token. Annotated corpora
/// come pre-tokenised ("U.S", ".", "'s"); <see cref="FromWords"/> writes the words back into text and tokenises that
/// text with <see cref="WordTokenizer"/>, so that the model learns on exactly the tokens it will see in articles.
/// </summary>
public sealed partial record TrainingSentence(List<WordToken> Tokens, int[] Tags)
{
    [GeneratedRegex(@"^(?:'s|’s|'|’|n't|'re|'ve|'ll|'d|'m|[.,;:!?)\]}%])$")]
    private static partial Regex AttachesLeft();

    /// <summary>Pre-tokenised words written back as text ("U.S", "." → "U.S."), with where each word starts.</summary>
    public static (string Text, int[] Starts) Detokenize(IReadOnlyList<string> words)
    {
        var text = new StringBuilder();
        var starts = new int[words.Count];
        for (var i = 0; i < words.Count; i++)
        {
            var glue = i == 0 || AttachesLeft().IsMatch(words[i]) || words[i - 1] is "(" or "[" or "$";
            if (!glue)
            {
                text.Append(' ');
            }
            starts[i] = text.Length;
            text.Append(words[i]);
        }
        return (text.ToString(), starts);
    }

    public static TrainingSentence FromWords(IReadOnlyList<string> words, IReadOnlyList<string> tags)
    {
        var (text, starts) = Detokenize(words);
        var tokens = WordTokenizer.Tokenize(text);
        var result = new int[tokens.Count];
        var word = 0;
        var lastWord = -1;
        for (var t = 0; t < tokens.Count; t++)
        {
            while (word + 1 < words.Count && starts[word + 1] <= tokens[t].Start)
            {
                word++;
            }
            var tag = NameTags.Parse(tags[word]);
            // A second token cut from one annotated word continues its entity.
            if (word == lastWord && NameTags.IsBegin(tag))
            {
                tag++;
            }
            result[t] = NameTags.Constrain(tag, tokens[t]);
            lastWord = word;
        }
        return new TrainingSentence(tokens, result);
    }
}
