using System.IO.Compression;
using Search.Core.Model;
using Search.Core.Text;

namespace Search.Core.Enrichment.Tagging;

/// <summary>
/// The word lists the tagger reads as features (never as verdicts): given names, titles and roles, organisation words,
/// words that are never people, countries and their names, world cities. Each list is a data file a user can extend;
/// a model trained with one lexicon and run with a larger one still works, it just learnt nothing about the new entries.
/// </summary>
public sealed class TaggerLexicon
{
    [Flags]
    public enum Hit
    {
        None = 0,
        GivenName = 1,
        Title = 2,
        OrgWord = 4,
        NotPerson = 8,
        Country = 16,
        City = 32,
    }

    // Every single-word list in one table: one lookup a word instead of one a list.
    private readonly Dictionary<string, Hit> _words = new(StringComparer.Ordinal);
    private readonly PhraseTrie<bool> _cities = new(StringComparer.Ordinal);
    private readonly PhraseTrie<Country?> _countries;

    private TaggerLexicon(PhraseTrie<Country?> countries) => _countries = countries;

    /// <summary>
    /// The lexicon from a data folder: <c>first-names.txt</c> and <c>given-names.txt</c>, <c>person-titles.txt</c>,
    /// <c>org-words.txt</c>, the single words of <c>not-people.txt</c>, <c>world-cities.txt.gz</c>; <paramref name="countries"/>: the gazetteer's phrases.
    /// </summary>
    public static TaggerLexicon Load(string dataDirectory, PhraseTrie<Country?> countries)
    {
        var lexicon = new TaggerLexicon(countries);
        string File(string name) => Path.Combine(dataDirectory, name);
        foreach (var name in DataFile.Words(File("first-names.txt")).Concat(DataFile.Words(File("given-names.txt"))))
        {
            lexicon.Add(name, Hit.GivenName);
        }
        foreach (var title in DataFile.Lines(File("person-titles.txt")))
        {
            // Titles are read in any case ("spokesman", "Spokesman"), with or without a full stop ("Gen.").
            var word = PhraseTrie<bool>.Words(title.Trim())[^1].TrimEnd('.');
            foreach (var form in new[] { word, char.ToUpperInvariant(word[0]) + word[1..], word.ToLowerInvariant() })
            {
                lexicon.Add(form, Hit.Title);
                lexicon.Add(form + ".", Hit.Title);
            }
        }
        foreach (var word in DataFile.Words(File("org-words.txt")))
        {
            lexicon.Add(word, Hit.OrgWord);
        }
        foreach (var line in DataFile.Lines(File("not-people.txt")))
        {
            if (PhraseTrie<bool>.Words(line.Trim()) is [var word])
            {
                lexicon.Add(word, Hit.NotPerson);
            }
        }
        using var cities = new StreamReader(new GZipStream(System.IO.File.OpenRead(File("world-cities.txt.gz")), CompressionMode.Decompress));
        while (cities.ReadLine() is { } city)
        {
            if (city.Length > 0 && city[0] != '#')
            {
                lexicon._cities.Add(PhraseTrie<bool>.Words(city), true);
            }
        }
        return lexicon;
    }

    private void Add(string word, Hit hit) => _words[word] = _words.GetValueOrDefault(word) | hit;

    public bool IsOrganisationWord(string word) => (_words.GetValueOrDefault(word) & Hit.OrgWord) != 0;

    /// <summary>The lists each token of a paragraph is in; a phrase (a city, a country) marks every word it covers.</summary>
    public void Mark(List<WordToken> tokens, Span<Hit> hits)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            var word = tokens[i].Text;
            if (!tokens[i].IsCapitalized)
            {
                continue;
            }
            var hit = _words.GetValueOrDefault(word);
            // "Jean-Pierre": a hyphenated given name counts by its first part.
            if (word.IndexOf('-') is > 1 and var dash && _words.GetValueOrDefault(word[..dash]).HasFlag(Hit.GivenName))
            {
                hit |= Hit.GivenName;
            }
            hits[i] |= hit;
            MarkPhrase(_countries.LongestAt(tokens, i).Length, Hit.Country, i, hits);
            MarkPhrase(_cities.LongestAt(tokens, i).Length, Hit.City, i, hits);
        }
    }

    private static void MarkPhrase(int length, Hit hit, int at, Span<Hit> hits)
    {
        for (var j = at; j < at + length; j++)
        {
            hits[j] |= hit;
        }
    }
}
