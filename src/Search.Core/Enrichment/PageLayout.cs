using Search.Core.Text;
namespace Search.Core.Enrichment;

/// <summary>A page split into what comes before the article (menus, headline, byline), the article's paragraphs, and what follows.</summary>
public sealed record PageLayout(IReadOnlyList<string> Header, IReadOnlyList<string> Body, IReadOnlyList<string> Footer)
{
    private IReadOnlyList<List<WordToken>>? _bodyTokens;

    public string BodyText => string.Join("\n\n", Body);

    /// <summary>The words of each body paragraph, tokenized once for every tagger.</summary>
    public IReadOnlyList<List<WordToken>> BodyTokens => _bodyTokens ??= Body.Select(WordTokenizer.Tokenize).ToList();
}
