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
    private readonly Dictionary<string, PhraseTrie<Country>> _names;

    private CountryNamesByLanguage(Dictionary<string, PhraseTrie<Country>> names) => _names = names;

    /// <summary>The languages with names.</summary>
    public IReadOnlyCollection<string> Languages => _names.Keys;

    /// <summary>Reads <paramref name="path"/>; a code the gazetteer lacks, or a line of another shape, is an error naming the line.</summary>
    public static CountryNamesByLanguage Load(string path, Gazetteer gazetteer)
    {
        var names = new Dictionary<string, PhraseTrie<Country>>(StringComparer.Ordinal);
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
            if (!LanguageAnalyzers.HasOwn(language) || Terms(language, cells[2]) is not { Count: > 0 } words)
            {
                continue;
            }
            if (!names.TryGetValue(language, out var trie))
            {
                names[language] = trie = new PhraseTrie<Country>(StringComparer.Ordinal);
            }
            trie.Add(words, country);
        }
        return new CountryNamesByLanguage(names);
    }

    /// <summary>Adds the countries <paramref name="text"/> names in <paramref name="language"/> to <paramref name="counts"/>.</summary>
    public void Count(string text, string? language, Dictionary<Country, int> counts)
    {
        if (language is null || !_names.TryGetValue(language, out var trie))
        {
            return;
        }
        var terms = Terms(language, text).Select(t => new WordToken(t, 0, 0, false, false)).ToList();
        for (var i = 0; i < terms.Count;)
        {
            var (country, length) = trie.LongestAt(terms, i);
            if (length == 0)
            {
                i++;
                continue;
            }
            counts[country] = counts.GetValueOrDefault(country) + 1;
            i += length;
        }
    }

    // The words of a text as the language's stemmed analysis indexes them.
    private static List<string> Terms(string language, string text)
    {
        var terms = new List<string>();
        using var stream = LanguageAnalyzers.Stemmed(language).GetTokenStream("country", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            terms.Add(term.ToString());
        }
        stream.End();
        return terms;
    }
}
