using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Search.Core.Analysis;

/// <summary>
/// Greek words in lower case without their accents, and final sigma as any sigma: what Lucene's Greek stemmer expects.
/// Lucene's own GreekLowerCaseFilter needs the Greek culture, which an invariant-globalization process lacks.
/// </summary>
public sealed class GreekLetterFilter : TokenFilter
{
    private readonly ICharTermAttribute _term;

    public GreekLetterFilter(TokenStream input) : base(input) => _term = AddAttribute<ICharTermAttribute>();

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
        {
            return false;
        }
        var buffer = _term.Buffer;
        for (var i = 0; i < _term.Length; i++)
        {
            buffer[i] = Plain(char.ToLowerInvariant(buffer[i]));
        }
        return true;
    }

    /// <summary>A lower-case Greek letter without tonos or dialytika; a final sigma as σ; any other character as it is.</summary>
    public static char Plain(char c) => c switch
    {
        'ά' => 'α',
        'έ' => 'ε',
        'ή' => 'η',
        'ί' or 'ϊ' or 'ΐ' => 'ι',
        'ό' => 'ο',
        'ύ' or 'ϋ' or 'ΰ' => 'υ',
        'ώ' => 'ω',
        'ς' => 'σ',
        _ => c,
    };
}
