using Lucene.Net.Analysis.TokenAttributes;
using Search.Core.Analysis;
using Search.Core.Model;
using Search.Core.Text;

namespace Search.Core.Enrichment;

/// <summary>
/// Countries named in the other languages of the archive (<c>country-names.tsv</c>: code, language, name), found in an
/// article of that language. Names and text are both read by the language's own analysis (<see cref="LanguageAnalyzers"/>:
/// lower case, normalization, light stemmer, folding), so inflected forms match: "Сирии" and "Сирией" are "Сирия",
/// "Syriens" is "Syrien".
/// </summary>
public sealed class CountryNamesByLanguage
{
    private const int MinStem = 5;
    private const int MaxDerived = 9;
    private const string Vowels = "aeiouyаеёиоуыэюяьйіїєαεηιουω";

    private readonly Dictionary<string, PhraseTrie<Country>> _names;
    // Per language: the stems of one-word names ("amerik" of "Amerika") and the endings adjectives add to them.
    private readonly Dictionary<string, (Dictionary<string, Country?> Stems, string[] Endings)> _adjectives;

    private CountryNamesByLanguage(Dictionary<string, PhraseTrie<Country>> names, Dictionary<string, (Dictionary<string, Country?>, string[])> adjectives) =>
        (_names, _adjectives) = (names, adjectives);

    /// <summary>The languages with names.</summary>
    public IReadOnlyCollection<string> Languages => _names.Keys;

    /// <summary>
    /// Reads <paramref name="path"/>, and the adjective endings of <paramref name="adjectiveEndings"/> (language, then
    /// endings); a code the gazetteer lacks, or a line of another shape, is an error naming the line.
    /// </summary>
    public static CountryNamesByLanguage Load(string path, Gazetteer gazetteer, string? adjectiveEndings = null)
    {
        var names = new Dictionary<string, PhraseTrie<Country>>(StringComparer.Ordinal);
        var endings = adjectiveEndings is null ? [] : DataFile.Lines(adjectiveEndings).Select(l => l.Split('\t'))
            .ToDictionary(c => c[0].Trim(), c => c.Length > 1 ? c[1].Split(' ', StringSplitOptions.RemoveEmptyEntries) : [], StringComparer.Ordinal);
        var adjectives = new Dictionary<string, (Dictionary<string, Country?>, string[])>(StringComparer.Ordinal);
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }
            var cells = line.Split('\t');
            if (cells.Length != 3 || gazetteer.ByCode(cells[0]) is not { } country)
            {
                throw new InvalidDataException($"{path} line {lineNumber}: give a country code of countries.tsv, a language code and a name, separated by tabs");
            }
            var language = cells[1].Trim().ToLowerInvariant();
            if (!LanguageAnalyzers.HasOwn(language) || Terms(language, cells[2]) is not { Count: > 0 } words || CutToAnotherWord(language, cells[2], words))
            {
                continue;
            }
            if (!names.TryGetValue(language, out var trie))
            {
                names[language] = trie = new PhraseTrie<Country>(StringComparer.Ordinal);
            }
            trie.Add(words, country);
            if (endings.TryGetValue(language, out var languageEndings) && Stem(language, cells[2]) is { } stem)
            {
                if (!adjectives.TryGetValue(language, out var known))
                {
                    adjectives[language] = known = (new Dictionary<string, Country?>(StringComparer.Ordinal), languageEndings);
                }
                // A stem two countries share ("niger" of Niger and Nigeria's "nigeria" is not one) names neither.
                known.Item1[stem] = known.Item1.TryGetValue(stem, out var other) && other != country ? null : country;
            }
        }
        return new CountryNamesByLanguage(names, adjectives);
    }

    // A one-word name the stemmer cuts to two letters or fewer ("Butan" to "bu", this; "بالاو" to "او", or) would be
    // found wherever that everyday word stands: left out.
    private static bool CutToAnotherWord(string language, string name, List<string> stems)
    {
        if (stems.Count != 1 || stems[0].Length >= 3 || Exact(language, name) is not [var exact])
        {
            return false;
        }
        return stems[0].Length < 3 && exact.Term.Length > stems[0].Length;
    }

    // The stem adjectives are made from: a one-word name as the exact copies hold it, less a last vowel.
    private static string? Stem(string language, string name)
    {
        var words = Exact(language, name);
        if (words.Count != 1)
        {
            return null;
        }
        var stem = Vowels.Contains(words[0].Term[^1]) ? words[0].Term[..^1] : words[0].Term;
        return stem.Length >= MinStem ? stem : null;
    }

    /// <summary>Adds the countries <paramref name="text"/> names in <paramref name="language"/> to <paramref name="counts"/>.</summary>
    public void Count(string text, string? language, Dictionary<Country, int> counts)
    {
        if (language is null || !_names.TryGetValue(language, out var trie))
        {
            return;
        }
        var words = Words(language, text);
        var terms = words.Select(w => new WordToken(w.Term, 0, 0, false, false)).ToList();
        for (var i = 0; i < terms.Count;)
        {
            // A name starts with a capital where the script has them: "того" (of that) is not Togo, "данным" not Denmark.
            var (country, length) = char.IsLower(text[words[i].Start]) ? (null!, 0) : trie.LongestAt(terms, i);
            if (length == 0)
            {
                i++;
                continue;
            }
            counts[country] = counts.GetValueOrDefault(country) + 1;
            i += length;
        }
        if (_adjectives.TryGetValue(language, out var adjectives))
        {
            CountAdjectives(text, language, adjectives.Stems, adjectives.Endings, counts);
        }
    }

    // Adjectives and demonyms: a word made of a name's stem and one of the language's endings, longer than the name.
    private static void CountAdjectives(string text, string language, Dictionary<string, Country?> stems, string[] endings, Dictionary<Country, int> counts)
    {
        foreach (var (word, _) in Exact(language, text))
        {
            if (word.Length <= MinStem || !endings.Any(e => word.EndsWith(e, StringComparison.Ordinal)))
            {
                continue;
            }
            for (var length = word.Length - 1; length >= MinStem && word.Length - length <= MaxDerived; length--)
            {
                if (stems.TryGetValue(word[..length], out var country))
                {
                    if (country is not null)
                    {
                        counts[country] = counts.GetValueOrDefault(country) + 1;
                    }
                    break;
                }
            }
        }
    }

    // The words of a text as the language's stemmed analysis indexes them.
    private static List<string> Terms(string language, string text) => Words(language, text).Select(w => w.Term).ToList();

    // The same, each with where it starts in the text.
    private static List<(string Term, int Start)> Words(string language, string text) => Analyse(LanguageAnalyzers.Stemmed(language), text);

    // The words of a text as the language's exact analysis indexes them (lower case, folded, not stemmed).
    private static List<(string Term, int Start)> Exact(string language, string text) => Analyse(LanguageAnalyzers.Exact(language), text);

    private static List<(string Term, int Start)> Analyse(Lucene.Net.Analysis.Analyzer analyzer, string text)
    {
        var words = new List<(string, int)>();
        using var stream = analyzer.GetTokenStream("country", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            words.Add((term.ToString(), offset.StartOffset));
        }
        stream.End();
        return words;
    }
}
