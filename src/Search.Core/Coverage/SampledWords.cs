using Lucene.Net.Index;
using Search.Core.Indexing;

namespace Search.Core.Coverage;

// The sampled articles of one value as word ids: one pass over each text without a string per token (words are
// lower-cased into a buffer and looked up as spans; a string is made only for a word seen for the first time). A word
// is a run of letters (inner apostrophes dropped); runs with digits, stop words and words of one or two letters are
// not terms, and they break phrases, as punctuation does (-1 in the id sequence).
internal sealed class SampledWords
{
    private const int MaxWord = 40;
    private readonly List<string> _words = [];
    private readonly List<int> _articles = [];
    private readonly List<int> _sequence = [];
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);

    /// <summary>How many sampled articles have <paramref name="word"/>.</summary>
    public int Count(string word) => _ids.TryGetValue(word, out var id) ? _articles[id] : 0;

    /// <summary>The words in at least <paramref name="minimum"/> of the sampled articles, with their counts.</summary>
    public Dictionary<string, int> WordsCounted(int minimum) =>
        Enumerable.Range(0, _words.Count).Where(id => _articles[id] >= minimum).ToDictionary(id => _words[id], id => _articles[id], StringComparer.Ordinal);

    public static SampledWords Read(IndexReader reader, List<int> docs, IReadOnlySet<string> stopWords)
    {
        var result = new SampledWords();
        var lookup = result._ids.GetAlternateLookup<ReadOnlySpan<char>>();
        var stops = new HashSet<string>(stopWords, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        var lastArticle = new List<int>();
        Span<char> word = stackalloc char[MaxWord];
        for (var d = 0; d < docs.Count; d++)
        {
            var leaf = reader.Leaves[ReaderUtil.SubIndex(docs[d], reader.Leaves)];
            var text = ArticleDocument.ReadText(leaf.AtomicReader, docs[d] - leaf.DocBase).AsSpan();
            for (var i = 0; i < text.Length;)
            {
                if (!char.IsLetterOrDigit(text[i]))
                {
                    // Anything but spaces between two words parts them.
                    if (!char.IsWhiteSpace(text[i]))
                    {
                        result.Break();
                    }
                    i++;
                    continue;
                }
                var length = 0;
                var digit = false;
                for (; i < text.Length && (char.IsLetterOrDigit(text[i]) || (text[i] is '\'' or '’' && i + 1 < text.Length && char.IsLetter(text[i + 1]))); i++)
                {
                    digit |= char.IsDigit(text[i]);
                    if (char.IsLetterOrDigit(text[i]) && length < MaxWord)
                    {
                        word[length++] = char.ToLowerInvariant(text[i]);
                    }
                }
                var term = word[..length];
                if (digit || length < 3 || length == MaxWord || stops.Contains(term))
                {
                    result.Break();
                    continue;
                }
                ref var id = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(lookup, term, out var exists);
                if (!exists)
                {
                    id = result._words.Count;
                    result._words.Add(term.ToString());
                    result._articles.Add(0);
                    lastArticle.Add(-1);
                }
                if (lastArticle[id] != d)
                {
                    lastArticle[id] = d;
                    result._articles[id]++;
                }
                result._sequence.Add(id);
            }
            result._sequence.Add(-2); // an article's end
        }
        return result;
    }

    private void Break()
    {
        if (_sequence.Count > 0 && _sequence[^1] >= 0)
        {
            _sequence.Add(-1);
        }
    }

    /// <summary>The phrases in at least <paramref name="minimum"/> of the sampled articles, with their counts.</summary>
    public Dictionary<string, int> PhrasesCounted(int minimum)
    {
        var often = _articles.Select(n => n >= minimum).ToArray();
        return Pairs((a, b) => often[a] && often[b]).Where(kv => kv.Value >= minimum)
            .ToDictionary(kv => Phrase(kv.Key), kv => kv.Value, StringComparer.Ordinal);
    }

    /// <summary>How many sampled articles have each of <paramref name="phrases"/> (those they have).</summary>
    public Dictionary<string, int> PhrasesAmong(IReadOnlySet<string> phrases)
    {
        var keys = new HashSet<long>();
        foreach (var phrase in phrases)
        {
            var space = phrase.IndexOf(' ');
            if (_ids.TryGetValue(phrase[..space], out var a) && _ids.TryGetValue(phrase[(space + 1)..], out var b))
            {
                keys.Add(((long)a << 32) | (uint)b);
            }
        }
        return Pairs((a, b) => keys.Contains(((long)a << 32) | (uint)b)).ToDictionary(kv => Phrase(kv.Key), kv => kv.Value, StringComparer.Ordinal);
    }

    private string Phrase(long key) => $"{_words[(int)(key >> 32)]} {_words[(int)(uint)key]}";

    // Adjacent word pairs that pass the filter, with their number of sampled articles.
    private Dictionary<long, int> Pairs(Func<int, int, bool> counts)
    {
        var pairs = new Dictionary<long, (int Count, int Last)>();
        var article = 0;
        for (var i = 1; i < _sequence.Count; i++)
        {
            int a = _sequence[i - 1], b = _sequence[i];
            if (b == -2)
            {
                article++;
            }
            if (a < 0 || b < 0 || !counts(a, b))
            {
                continue;
            }
            ref var entry = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(pairs, ((long)a << 32) | (uint)b, out var exists);
            entry = !exists ? (1, article) : entry.Last != article ? (entry.Count + 1, article) : entry;
        }
        return pairs.ToDictionary(kv => kv.Key, kv => kv.Value.Count);
    }
}
