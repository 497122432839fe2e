using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Search.Benchmarks;

/// <summary>
/// Deterministic synthetic news articles in the JSON Lines ingest format, streamed to disk. Lengths are log-normal
/// (median about 500 words, tail to 5,000); words follow a Zipf law over a 50,000-word vocabulary whose top ranks are
/// English function words; 60 outlets with Zipf-skewed sizes; dates over 30 years; countries (names from the project's
/// gazetteer) and people (5,000, skewed) mentioned in the text, a person by full name and title first, then by surname.
/// Given a bank of real English sentences (<c>data/sentences-en.txt</c>), two sentences in five are drawn from it, so
/// phrases, stop words and inflections are those of real text.
/// </summary>
public sealed class CorpusGenerator
{
    private static readonly string[] FunctionWords =
        ["the", "of", "and", "to", "a", "in", "that", "is", "was", "for", "on", "it", "with", "as", "he", "by", "at", "said", "from", "his",
         "an", "be", "have", "has", "are", "not", "but", "this", "had", "they", "which", "were", "their", "or", "been", "one", "who", "would",
         "its", "after", "will", "new", "more", "also", "two", "first", "than", "other", "into", "about", "over", "officials", "government",
         "year", "people", "could", "last", "there", "when", "some", "can", "all", "told", "while", "up", "out", "military", "president",
         "against", "minister", "security", "country", "forces", "week", "since", "state", "between", "under", "during", "report", "foreign"];

    private static readonly string[] Syllables =
        ["ka", "ri", "to", "mo", "sa", "len", "dor", "vi", "na", "pe", "lu", "ga", "ber", "tan", "shi", "ro", "me", "cal", "fi", "zon",
         "der", "pa", "qui", "nel", "sor", "ta", "mi", "lo", "gre", "vant", "ho", "bel", "ru", "sten", "ci", "dra", "po", "lim", "ven", "ar"];

    private static readonly string[] Titles = ["President", "Prime Minister", "Foreign Minister", "Gen.", "Senator", "spokesman", "Ambassador", "Dr."];
    private static readonly string[] Verbs = ["said", "told reporters", "added", "warned", "argued", "stressed"];

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>One line of the generated corpus, in the ingest format's field names.</summary>
    public sealed record GeneratedArticle(string Id, string Outlet, string Published, string Title, string Text, string[] Authors);

    private readonly Random _random;
    private readonly string[] _vocabulary;
    private readonly Zipf _words;
    private readonly string[] _outlets;
    private readonly Zipf _outletSizes;
    private readonly string[] _countries;
    private readonly Zipf _countryPicks;
    private readonly (string First, string Last)[] _people;
    private readonly Zipf _personPicks;
    private readonly string[] _sentences;

    /// <summary>The share of sentences taken from the bank of real ones.</summary>
    private const double RealSentenceShare = 0.4;

    public CorpusGenerator(int seed, IReadOnlyList<string> countryNames, IReadOnlyList<string> firstNames, IReadOnlyList<string>? realSentences = null)
    {
        _sentences = realSentences?.ToArray() ?? [];
        _random = new Random(seed);
        _vocabulary = FunctionWords.Concat(Enumerable.Range(0, 50_000 - FunctionWords.Length).Select(i => Word(i))).ToArray();
        _words = new Zipf(_vocabulary.Length, 1.05);
        _outlets = Enumerable.Range(0, 60).Select(i => $"The {Capitalize(Word(100_000 + i))} {(i % 3 == 0 ? "Times" : i % 3 == 1 ? "Herald" : "Post")}").ToArray();
        _outletSizes = new Zipf(_outlets.Length, 1.0);
        _countries = countryNames.ToArray();
        _countryPicks = new Zipf(_countries.Length, 1.2);
        _people = Enumerable.Range(0, 5_000).Select(i => (firstNames[i * 7919 % firstNames.Count], Capitalize(Word(200_000 + i)))).ToArray();
        _personPicks = new Zipf(_people.Length, 1.1);
    }

    public IReadOnlyList<string> Outlets => _outlets;
    public IReadOnlyList<string> Vocabulary => _vocabulary;
    public IReadOnlyList<(string First, string Last)> People => _people;

    /// <summary>
    /// Writes <paramref name="count"/> articles as saved HTML pages into <paramref name="folder"/>, as news sites serve
    /// them: navigation, a related-links box and a footer around the article, metadata in the head (title with the
    /// site's tagline, og:site_name, JSON-LD NewsArticle with date and authors, a canonical URL with the date in its
    /// path), every <paramref name="gzipEvery"/>-th page gzip-compressed as a crawl keeps it (0: none). Returns the bytes of HTML written (uncompressed).
    /// </summary>
    public long WriteHtml(string folder, int count, int gzipEvery = 5)
    {
        Directory.CreateDirectory(folder);
        long bytes = 0;
        for (var i = 0; i < count; i++)
        {
            var a = Next(i);
            var slug = string.Join('-', a.Title.ToLowerInvariant().Split(' ').Take(6));
            var url = $"https://www.{a.Outlet.ToLowerInvariant().Replace(' ', '-')}.example/{a.Published.Replace('-', '/')}/{slug}";
            var ld = JsonSerializer.Serialize(new Dictionary<string, object>
            {
                ["@type"] = "NewsArticle", ["headline"] = a.Title, ["datePublished"] = a.Published + "T08:00:00Z",
                ["author"] = a.Authors.Select(n => new Dictionary<string, string> { ["@type"] = "Person", ["name"] = n }).ToArray(),
                ["publisher"] = new Dictionary<string, string> { ["@type"] = "Organization", ["name"] = a.Outlet },
            });
            var body = string.Join("", a.Text.Split("\n\n").Select(p => $"<p>{System.Net.WebUtility.HtmlEncode(p)}</p>\n"));
            var html = $"""
                <!doctype html><html lang="en"><head><meta charset="utf-8">
                <title>{System.Net.WebUtility.HtmlEncode(a.Title)} | {a.Outlet} | News, Sport, Weather</title>
                <link rel="canonical" href="{url}"><meta property="og:site_name" content="{a.Outlet} | News, Sport, Weather">
                <meta property="og:title" content="{System.Net.WebUtility.HtmlEncode(a.Title)}">
                <script type="application/ld+json">{ld}</script></head>
                <body><header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav></header>
                <main><article><h1>{System.Net.WebUtility.HtmlEncode(a.Title)}</h1><p class="byline">By {string.Join(" and ", a.Authors)}</p>
                {body}</article><aside><h2>Related</h2><ul><li><a href="/a">More from {a.Outlet}</a></li><li><a href="/b">Most read</a></li></ul></aside></main>
                <footer><p>© {a.Published[..4]} {a.Outlet}. All rights reserved.</p><p>Subscribe to our newsletter</p></footer></body></html>
                """;
            var utf8 = Encoding.UTF8.GetBytes(html);
            bytes += utf8.Length;
            var path = Path.Combine(folder, $"{i:D6}.html");
            if (gzipEvery > 0 && i % gzipEvery == gzipEvery - 1)
            {
                using var file = File.Create(path + ".gz");
                using var gzip = new System.IO.Compression.GZipStream(file, System.IO.Compression.CompressionLevel.Fastest);
                gzip.Write(utf8);
            }
            else
            {
                File.WriteAllBytes(path, utf8);
            }
        }
        return bytes;
    }

    /// <summary>The first <paramref name="count"/> articles, as <see cref="Write"/> would write them from a new generator.</summary>
    public IEnumerable<GeneratedArticle> Articles(int count)
    {
        for (var i = 0; i < count; i++)
        {
            yield return Next(i);
        }
    }

    /// <summary>Writes <paramref name="count"/> articles to <paramref name="path"/>; returns the bytes of text written.</summary>
    public long Write(string path, int count)
    {
        long textBytes = 0;
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 20);
        for (var i = 0; i < count; i++)
        {
            var article = Next(i);
            textBytes += Encoding.UTF8.GetByteCount(article.Text);
            writer.WriteLine(JsonSerializer.Serialize(article, Json));
        }
        return textBytes;
    }

    private GeneratedArticle Next(int index)
    {
        var words = (int)Math.Clamp(Math.Exp(Math.Log(500) + 0.75 * Gaussian()), 60, 5000);
        var countries = Enumerable.Range(0, _random.Next(1, 5)).Select(_ => _countries[_countryPicks.Next(_random)]).Distinct().ToArray();
        var people = Enumerable.Range(0, _random.Next(0, 6)).Select(_ => _people[_personPicks.Next(_random)]).Distinct().ToArray();
        var mentioned = new HashSet<string>();
        var text = new StringBuilder(words * 7);
        var written = 0;
        while (written < words)
        {
            var sentences = _random.Next(2, 6);
            for (var s = 0; s < sentences && written < words; s++)
            {
                written += Sentence(text, countries, people, mentioned);
                text.Append(' ');
            }
            text.Length--;
            text.Append("\n\n");
        }
        var published = new DateOnly(1995, 1, 1).AddDays(_random.Next(0, 365 * 30));
        var title = new StringBuilder();
        for (var w = _random.Next(6, 12); w > 0; w--)
        {
            title.Append(_vocabulary[_words.Next(_random) % 5000]).Append(' ');
        }
        if (countries.Length > 0)
        {
            title.Append(countries[0]);
        }
        var author = _people[_random.Next(_people.Length)];
        return new GeneratedArticle($"bench-{index:D7}", _outlets[_outletSizes.Next(_random)], published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Capitalize(title.ToString().Trim()), text.ToString().TrimEnd(), [$"{author.First} {author.Last}"]);
    }

    private int Sentence(StringBuilder text, string[] countries, (string First, string Last)[] people, HashSet<string> mentioned)
    {
        if (_sentences.Length > 0 && _random.NextDouble() < RealSentenceShare)
        {
            var real = _sentences[_random.Next(_sentences.Length)];
            text.Append(real);
            return real.Count(c => c == ' ') + 1;
        }
        var length = _random.Next(8, 28);
        var start = text.Length;
        for (var w = 0; w < length; w++)
        {
            text.Append(_vocabulary[_words.Next(_random)]).Append(' ');
        }
        if (countries.Length > 0 && _random.NextDouble() < 0.35)
        {
            text.Append("in ").Append(countries[_random.Next(countries.Length)]).Append(' ');
            length += 2;
        }
        if (people.Length > 0 && _random.NextDouble() < 0.3)
        {
            var (first, last) = people[_random.Next(people.Length)];
            var name = mentioned.Add(last) ? $"{Titles[_random.Next(Titles.Length)]} {first} {last}" : last;
            text.Length--;
            text.Append(", ").Append(name).Append(' ').Append(Verbs[_random.Next(Verbs.Length)]).Append(' ');
            length += 3;
        }
        text.Length--;
        text.Append('.');
        text[start] = char.ToUpperInvariant(text[start]);
        return length;
    }

    private double Gaussian() => Math.Sqrt(-2 * Math.Log(1 - _random.NextDouble())) * Math.Cos(2 * Math.PI * _random.NextDouble());

    private static string Word(int n)
    {
        var sb = new StringBuilder();
        var x = n + 1;
        do
        {
            sb.Append(Syllables[x % Syllables.Length]);
            x /= Syllables.Length;
        } while (x > 0);
        return sb.ToString();
    }

    private static string Capitalize(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];

    /// <summary>Zipf-distributed ranks 0..n-1 by inverse CDF.</summary>
    private sealed class Zipf
    {
        private readonly double[] _cdf;

        public Zipf(int n, double s)
        {
            _cdf = new double[n];
            var sum = 0.0;
            for (var k = 1; k <= n; k++)
            {
                sum += 1 / Math.Pow(k, s);
                _cdf[k - 1] = sum;
            }
            for (var k = 0; k < n; k++)
            {
                _cdf[k] /= sum;
            }
        }

        public int Next(Random random)
        {
            var i = Array.BinarySearch(_cdf, random.NextDouble());
            return Math.Min(i < 0 ? ~i : i, _cdf.Length - 1);
        }
    }
}
