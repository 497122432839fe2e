using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Search.Core.Analysis;

/// <summary>
/// Makes one token of the spellings journalists treat as one word: dotted acronyms lose their dots ("U.S." → "US",
/// "U.N." → "UN") and apostrophes inside words go ("Ya’alon", "Ya'alon" → "Yaalon"). Numbers ("3.5") are left alone.
/// Runs after the possessive filter, so "Suleimani’s" is already "Suleimani".
/// </summary>
public sealed class WordJoinFilter : TokenFilter
{
    private readonly ICharTermAttribute _term;

    public WordJoinFilter(TokenStream input) : base(input) => _term = AddAttribute<ICharTermAttribute>();

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
        {
            return false;
        }
        var buffer = _term.Buffer;
        var length = _term.Length;
        var hasLetter = false;
        var hasDigit = false;
        var hasJoiner = false;
        for (var i = 0; i < length; i++)
        {
            var c = buffer[i];
            hasLetter |= char.IsLetter(c);
            hasDigit |= char.IsDigit(c);
            hasJoiner |= c is '.' or '\'' or '’' or '‘' or 'ʼ' or '`';
        }
        if (!hasJoiner || !hasLetter)
        {
            return true;
        }
        var dotsToo = !hasDigit;
        var w = 0;
        for (var r = 0; r < length; r++)
        {
            var c = buffer[r];
            if (c is '\'' or '’' or '‘' or 'ʼ' or '`' || (dotsToo && c == '.'))
            {
                continue;
            }
            buffer[w++] = c;
        }
        if (w > 0)
        {
            _term.Length = w;
        }
        return true;
    }
}
