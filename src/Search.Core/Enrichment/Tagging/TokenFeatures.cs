using Search.Core.Text;
namespace Search.Core.Enrichment.Tagging;

/// <summary>
/// The features of one token, as 64-bit keys (a template number mixed with the hashes of its values), so that no
/// string is built per feature: the word and its lower case, its shape (Xxxx, XX, X., Xx-Xx), prefix and suffixes, the
/// words and shapes around it, the two tags predicted before it, where it stands (sentence start, after punctuation,
/// possessive), whether its paragraph is in capitals or a list line, and which word lists it and its neighbours are in.
/// Hashes are FNV-1a over characters: the same on every machine and run (string.GetHashCode is not).
/// </summary>
public sealed class TokenFeatures
{
    public const int MaxFeatures = 40;

    private readonly List<WordToken> _tokens;
    private readonly TaggerLexicon.Hit[] _hits;
    private readonly ulong[] _word;
    private readonly ulong[] _lower;
    private readonly ulong[] _shape;
    private readonly bool _capitalsLine;
    private readonly bool _listLine;

    public TokenFeatures(List<WordToken> tokens, TaggerLexicon lexicon)
    {
        _tokens = tokens;
        var n = tokens.Count;
        _hits = new TaggerLexicon.Hit[n];
        lexicon.Mark(tokens, _hits);
        _word = new ulong[n];
        _lower = new ulong[n];
        _shape = new ulong[n];
        var capitals = 0;
        for (var i = 0; i < n; i++)
        {
            if (IsAllCaps(tokens[i].Text))
            {
                capitals++;
            }
        }
        // Hashes only where a feature reads them: the candidates and two words either side (most words are neither).
        var hashed = -1;
        for (var c = 0; c < n; c++)
        {
            if (!IsCandidate(c))
            {
                continue;
            }
            for (var i = Math.Max(c - 2, hashed + 1); i <= Math.Min(c + 2, n - 1); i++)
            {
                var text = tokens[i].Text;
                _word[i] = Hash(text, lower: false);
                _lower[i] = Hash(text, lower: true);
                _shape[i] = ShapeHash(text);
                hashed = i;
            }
        }
        _capitalsLine = n >= 3 && capitals * 5 >= n * 4;
        _listLine = n > 0 && char.IsDigit(tokens[0].Text[0]);
    }

    public int Count => _tokens.Count;

    /// <summary>
    /// Whether the model reads the token at all: capitalised words, and a connecting word between two ("of" in "Bank of
    /// England", "de" in "Bill de Blasio"). Every other token is O without scoring — most of a text, and the reason the tagger
    /// keeps up with indexing. Training applies the same rule.
    /// </summary>
    public bool IsCandidate(int i) =>
        _tokens[i].IsCapitalized || (i > 0 && i + 1 < _tokens.Count && _tokens[i].Joined && _tokens[i - 1].IsCapitalized && _tokens[i + 1].IsCapitalized
                                     && _tokens[i + 1].Joined && Connectors.Contains(_tokens[i].Text));

    /// <summary>The lower-case words that may stand inside a name: "Bank of England", "Bill de Blasio", "Procter and Gamble".</summary>
    private static readonly HashSet<string> Connectors = new(StringComparer.Ordinal)
    {
        "of", "and", "for", "the", "on", "de", "da", "del", "della", "di", "du", "des", "dos", "van", "von", "der", "den", "la", "le", "el", "al", "bin", "ibn", "y", "e", "zu",
    };

    /// <summary>Writes the keys of token <paramref name="i"/>'s features; returns how many.</summary>
    public int Extract(int i, int previousTag, int secondPreviousTag, Span<ulong> keys)
    {
        var k = ExtractWords(i, keys);
        return k + ExtractTags(i, previousTag, secondPreviousTag, keys[k..]);
    }

    /// <summary>The keys of the features that depend on the tags before the token (a beam scores them per hypothesis).</summary>
    public int ExtractTags(int i, int previousTag, int secondPreviousTag, Span<ulong> keys)
    {
        keys[0] = Mix(15, (ulong)previousTag);
        keys[1] = Mix(16, (ulong)(previousTag * NameTags.Count + secondPreviousTag));
        keys[2] = Mix(17, (ulong)previousTag * 0x9E3779B97F4A7C15UL ^ _lower[i]);
        keys[3] = Mix(27, (ulong)previousTag * 64 + (ulong)_hits[i]);
        return 4;
    }

    /// <summary>The keys of the features of the words alone (the same whatever was tagged before).</summary>
    public int ExtractWords(int i, Span<ulong> keys)
    {
        var k = 0;
        var t = _tokens[i];
        keys[k++] = Mix(1, 0);
        keys[k++] = Mix(2, _word[i]);
        keys[k++] = Mix(3, _lower[i]);
        keys[k++] = Mix(4, _shape[i]);
        keys[k++] = Mix(5, Affix(t.Text, 3, suffix: false));
        keys[k++] = Mix(6, Affix(t.Text, 3, suffix: true));
        keys[k++] = Mix(7, Affix(t.Text, 2, suffix: true));
        keys[k++] = Mix(8, Affix(t.Text, 4, suffix: true));
        keys[k++] = Mix(9, Word(_lower, i - 1));
        keys[k++] = Mix(10, Word(_lower, i + 1));
        keys[k++] = Mix(11, Word(_lower, i - 2));
        keys[k++] = Mix(12, Word(_lower, i + 2));
        keys[k++] = Mix(13, Word(_shape, i - 1));
        keys[k++] = Mix(14, Word(_shape, i + 1));
        keys[k++] = Mix(18, Word(_lower, i - 1) * 31 ^ _shape[i]);
        keys[k++] = Mix(19, _shape[i] * 31 ^ Word(_shape, i + 1));
        keys[k++] = Mix(20, Position(i));
        keys[k++] = Mix(21, (ulong)(_capitalsLine ? 1 : 0) | (ulong)(_listLine ? 2 : 0));
        keys[k++] = Mix(22, (ulong)_hits[i]);
        keys[k++] = Mix(23, (ulong)Hits(i - 1));
        keys[k++] = Mix(24, (ulong)Hits(i + 1));
        keys[k++] = Mix(25, (ulong)Hits(i - 1) * 64 + (ulong)_hits[i]);
        keys[k++] = Mix(26, (ulong)_hits[i] * 64 + (ulong)Hits(i + 1));
        keys[k++] = Mix(28, Word(_lower, i + 1) * 31 ^ Word(_lower, i + 2));
        keys[k++] = Mix(29, Word(_lower, i - 2) * 31 ^ Word(_lower, i - 1));
        keys[k++] = Mix(30, (ulong)Math.Min(t.Text.Length, 12));
        return k;
    }

    private ulong Position(int i)
    {
        var t = _tokens[i];
        ulong p = 0;
        if (t.SentenceStart) p |= 1;
        if (t.Possessive) p |= 2;
        if (i > 0 && !t.Joined && !t.SentenceStart) p |= 4; // punctuation before it
        if (i + 1 < _tokens.Count && _tokens[i + 1].Joined) p |= 8;
        if (i + 1 == _tokens.Count) p |= 16;
        return p;
    }

    private TaggerLexicon.Hit Hits(int i) => i >= 0 && i < _hits.Length ? _hits[i] : TaggerLexicon.Hit.None;

    private static ulong Word(ulong[] values, int i) => i < 0 ? 0x5EED_0001UL : i >= values.Length ? 0x5EED_0002UL : values[i];

    private static bool IsAllCaps(string text)
    {
        var letters = 0;
        foreach (var c in text)
        {
            if (char.IsLower(c))
            {
                return false;
            }
            if (char.IsLetter(c))
            {
                letters++;
            }
        }
        return letters > 0;
    }

    private static ulong Affix(string text, int length, bool suffix)
    {
        if (text.Length <= length)
        {
            return Hash(text, lower: true) ^ 0xA5A5UL;
        }
        return Hash(suffix ? text.AsSpan(text.Length - length) : text.AsSpan(0, length), lower: true);
    }

    /// <summary>The word's shape with runs cut to two: "Obama" → "Xx", "NATO" → "XX", "H." → "X.", "Al-Assad" → "Xx-Xx".</summary>
    private static ulong ShapeHash(string text)
    {
        var h = 14695981039346656037UL;
        char last = '\0';
        var run = 0;
        foreach (var c in text)
        {
            var s = char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : c;
            run = s == last ? run + 1 : 1;
            last = s;
            if (run <= 2 && !(run == 2 && s is 'x' or 'd'))
            {
                h = (h ^ s) * 1099511628211UL;
            }
        }
        return h;
    }

    private static ulong Hash(ReadOnlySpan<char> text, bool lower)
    {
        var h = 14695981039346656037UL;
        foreach (var c in text)
        {
            h = (h ^ (lower ? char.ToLowerInvariant(c) : c)) * 1099511628211UL;
        }
        return h;
    }

    private static ulong Mix(ulong template, ulong value)
    {
        var z = value + template * 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
