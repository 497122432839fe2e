using System.Globalization;
using System.Text.RegularExpressions;

namespace Search.Benchmarks;

/// <summary>
/// The benchmark's query set, shaped like a newsroom's: over 300 searches drawn from a sample of the corpus itself
/// (its first articles, as the generator writes them), in these proportions — a third quoted phrases of two and three
/// words from common to rare, and names; prefixes and wildcards; common, medium and rare words; AND, OR and NOT; filters
/// by outlet, person, country and date, alone and combined; and searches that match nothing (an unknown word, a
/// phrase whose words never meet, filters no article passes). Deterministic: the same corpus gives the same set.
/// </summary>
public static partial class NewsroomQueries
{
    /// <summary>The articles the set is drawn from: how common a word or phrase is, is counted over them.</summary>
    public const int SampleArticles = 3_000;

    // Lucene's English stop words: no search is one of them alone.
    private static readonly HashSet<string> StopWords =
    [
        "a", "an", "and", "are", "as", "at", "be", "but", "by", "for", "if", "in", "into", "is", "it", "no", "not", "of", "on",
        "or", "such", "that", "the", "their", "then", "there", "these", "they", "this", "to", "was", "will", "with",
    ];

    // Words a newsroom's phrase does not begin or end with: stop words, pronouns and the like.
    private static readonly HashSet<string> Function =
    [
        "i", "he", "she", "we", "you", "his", "her", "its", "our", "your", "my", "me", "him", "them", "us", "who", "which", "what",
        "when", "where", "how", "has", "have", "had", "were", "been", "would", "could", "can", "from", "about", "than", "so", "do",
        "did", "does", "all", "any", "some", "just", "also", "very", "only", "out", "up", "am", "get", "got",
    ];

    // A word that may stand at a phrase's edge: a word of content, of letters.
    private static bool IsEdge(string word) => !StopWords.Contains(word) && !Function.Contains(word) && word.All(char.IsLetter) && word.Length > 1;

    [GeneratedRegex(@"[\p{L}\p{N}]+(?:['’]\p{L}+)?")]
    private static partial Regex Word();

    [GeneratedRegex(@"[.!?;:,()""“”‘’\n]+")]
    private static partial Regex Clause();

    public static IReadOnlyList<BenchQuery> From(CorpusGenerator generator, IReadOnlyDictionary<string, string> countryCodes)
    {
        var sample = generator.Articles(SampleArticles).ToList();
        var words = new Counter();
        var pairs = new Counter();
        var triples = new Counter();
        foreach (var article in sample)
        {
            var (w, p, t) = (new HashSet<string>(), new HashSet<string>(), new HashSet<string>());
            foreach (var clause in Clause().Split(article.Text))
            {
                var ws = Word().Matches(clause).Select(m => m.Value.ToLowerInvariant()).ToList();
                for (var i = 0; i < ws.Count; i++)
                {
                    w.Add(ws[i]);
                    if (i + 1 < ws.Count && IsEdge(ws[i]) && IsEdge(ws[i + 1]))
                    {
                        p.Add(ws[i] + " " + ws[i + 1]);
                    }
                    if (i + 2 < ws.Count && IsEdge(ws[i]) && IsEdge(ws[i + 2]))
                    {
                        t.Add(ws[i] + " " + ws[i + 1] + " " + ws[i + 2]);
                    }
                }
            }
            words.AddAll(w);
            pairs.AddAll(p);
            triples.AddAll(t);
        }
        var random = new Random(20261207);
        var n = sample.Count;
        var content = words.Where(x => IsEdge(x.Word) && x.Word.Length > 2).ToList();
        List<string> Words(Func<(string Word, int Df), bool> keep) => Pick(random, content.Where(keep).Select(x => x.Word));
        var common = Words(x => x.Df >= n / 10);
        var medium = Words(x => x.Df >= n / 200 && x.Df < n / 20);
        var rare = Words(x => x.Df is >= 1 and <= 3 && x.Word.All(char.IsAsciiLetterLower));
        var longer = Words(x => x.Df >= n / 200 && x.Word.Length >= 7 && x.Word.All(char.IsAsciiLetterLower));
        var commonPairs = Pick(random, pairs.Where((p, df) => df >= n / 50));
        var mediumPairs = Pick(random, pairs.Where((p, df) => df >= n / 500 && df < n / 50));
        var rarePairs = Pick(random, pairs.Where((p, df) => df is >= 1 and <= 2));
        var threes = Pick(random, triples.Where((t, df) => df >= 2));
        var mentioned = sample.Select(a => a.Text).ToList();
        var people = generator.People.Take(200).Select(p => $"{p.First} {p.Last}")
            .Where(name => mentioned.Any(t => t.Contains(name, StringComparison.Ordinal))).Take(40).ToList();
        var outlets = generator.Outlets.ToList();
        var countries = countryCodes.Select(c => (Code: c.Value, Articles: mentioned.Count(t => t.Contains("in " + c.Key, StringComparison.Ordinal))))
            .Where(c => c.Articles > 0).OrderByDescending(c => c.Articles).ThenBy(c => c.Code, StringComparer.Ordinal).Take(30).Select(c => c.Code).ToList();

        var set = new List<BenchQuery>();
        void Add(string kind, int count, Func<int, BenchQuery> make) => set.AddRange(Enumerable.Range(0, count).Select(make));
        string Quote(string s) => "\"" + s + "\"";
        T One<T>(List<T> from) => from[random.Next(from.Count)];
        (string From, string To) Dates()
        {
            var year = 1996 + random.Next(27);
            return random.Next(3) == 0
                ? ($"{year}-{1 + random.Next(12):D2}-01", $"{year}-12-31")
                : ($"{year}-01-01", $"{year + random.Next(4)}-12-31");
        }

        Add("phrase, common", 35, i => new BenchQuery("phrase, common", Quote(commonPairs[i % commonPairs.Count])));
        Add("phrase, medium", 30, i => new BenchQuery("phrase, medium", Quote(mediumPairs[i % mediumPairs.Count])));
        Add("phrase, rare", 25, i => new BenchQuery("phrase, rare", Quote(rarePairs[i % rarePairs.Count])));
        Add("phrase, 3 words", 20, i => new BenchQuery("phrase, 3 words", Quote(threes[i % threes.Count])));
        Add("phrase, a name", 10, i => new BenchQuery("phrase, a name", Quote(people[i % people.Count])));
        Add("prefix", 25, i => new BenchQuery("prefix", longer[i % longer.Count][..(4 + i % 2)] + "*"));
        Add("wildcard", 10, i =>
        {
            var w = longer[(i + 25) % longer.Count];
            var at = 1 + i % (w.Length - 2);
            return new BenchQuery("wildcard", i % 2 == 0 ? w[..at] + "?" + w[(at + 1)..] : w[..2] + "*" + w[^2..]);
        });
        Add("word, common", 12, i => new BenchQuery("word, common", common[i % common.Count]));
        Add("word, medium", 12, i => new BenchQuery("word, medium", medium[i % medium.Count]));
        Add("word, rare", 12, i => new BenchQuery("word, rare", rare[i % rare.Count]));
        Add("words, AND", 15, i => new BenchQuery("words, AND", i % 3 == 0
            ? $"{One(common)} {One(medium)} {One(medium)}" : $"{One(medium)} {One(i % 2 == 0 ? common : medium)}"));
        Add("OR", 12, i => new BenchQuery("OR", i % 4 == 0 ? $"{One(rare)} OR {One(rare)} OR {One(medium)}" : $"{One(medium)} OR {One(medium)}"));
        Add("NOT", 10, i => new BenchQuery("NOT", $"{One(common)} NOT {One(medium)}"));
        Add("word + outlet", 10, _ => new BenchQuery("word + outlet", One(medium), [One(outlets)], [], []));
        Add("word + person", 10, _ => new BenchQuery("word + person", One(common), [], [], [One(people)]));
        Add("word + country", 10, _ => new BenchQuery("word + country", One(medium), [], [One(countries)], []));
        Add("word + dates", 10, _ =>
        {
            var (from, to) = Dates();
            return new BenchQuery("word + dates", One(medium), [], [], [], from, to);
        });
        Add("phrase + filters", 10, _ =>
        {
            var (from, to) = Dates();
            return new BenchQuery("phrase + filters", Quote(One(commonPairs)), [One(outlets), One(outlets)], [One(countries)], [], from, to);
        });
        Add("filters only", 10, i =>
        {
            var (from, to) = Dates();
            return i % 2 == 0
                ? new BenchQuery("filters only", "", [One(outlets)], [], [], from, to)
                : new BenchQuery("filters only", "", [], [One(countries)], [One(people)]);
        });
        Add("nothing: unknown word", 6, i => new BenchQuery("nothing: unknown word", i % 2 == 0 ? $"xyzzy{i}" : $"{One(common)} qxv{One(medium)}"));
        Add("nothing: phrase", 6, _ => new BenchQuery("nothing: phrase", Quote($"{One(rare)} {One(rare)}")));
        Add("nothing: filters", 8, i => i % 2 == 0
            ? new BenchQuery("nothing: filters", One(common), [One(outlets)], [], [], "1990-01-01", "1994-12-31")
            : new BenchQuery("nothing: filters", i % 4 == 1 ? "" : One(medium), [One(outlets)], [One(countries)], ["Nobody Zyxwv"]));
        return set;
    }

    // The candidates in a fixed shuffled order (same corpus, same order).
    private static List<string> Pick(Random random, IEnumerable<string> candidates)
    {
        var list = candidates.Order(StringComparer.Ordinal).ToList();
        if (list.Count == 0)
        {
            throw new InvalidOperationException("the corpus sample has no candidates for a kind of query");
        }
        for (var i = list.Count - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (list[i], list[j]) = (list[j], list[i]);
        }
        return list;
    }

    /// <summary>Document frequencies over the sample.</summary>
    private sealed class Counter
    {
        private readonly Dictionary<string, int> _df = new(StringComparer.Ordinal);

        public void AddAll(IEnumerable<string> keys)
        {
            foreach (var k in keys)
            {
                _df[k] = _df.GetValueOrDefault(k) + 1;
            }
        }

        public IEnumerable<string> Where(Func<string, int, bool> keep) => _df.Where(kv => keep(kv.Key, kv.Value)).Select(kv => kv.Key);

        public IEnumerable<(string Word, int Df)> Where(Func<(string Word, int Df), bool> keep) => _df.Select(kv => (kv.Key, kv.Value)).Where(keep);
    }
}
