using System.Globalization;
using System.Text;
using Search.Core.Text;

namespace Search.Core.Enrichment;

/// <summary>
/// The word lists people-finding stands on, all data files: given names (<c>first-names.txt</c>), titles and roles
/// (<c>person-titles.txt</c>), nationality words (<c>nationalities.txt</c>), words and phrases that are never a person
/// (<c>not-people.txt</c>) and cross-article spellings (<c>person-aliases.tsv</c>).
/// </summary>
public sealed class PersonNameData
{
    private readonly HashSet<string> _firstNames = new(StringComparer.Ordinal);
    private readonly HashSet<string> _notPeopleWords = new(StringComparer.Ordinal);
    private readonly HashSet<string> _nationalities = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _aliases = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _spellings = new(StringComparer.Ordinal);

    internal PhraseTrie<bool> Titles { get; } = new(StringComparer.Ordinal);
    internal PhraseTrie<bool> NotPeoplePhrases { get; } = new(StringComparer.Ordinal);

    public static PersonNameData Load(string dataDirectory)
    {
        var d = new PersonNameData();
        d._firstNames.UnionWith(DataFile.Words(Path.Combine(dataDirectory, "first-names.txt")));
        d._nationalities.UnionWith(DataFile.Words(Path.Combine(dataDirectory, "nationalities.txt")));
        foreach (var title in DataFile.Lines(Path.Combine(dataDirectory, "person-titles.txt")))
        {
            d.Titles.Add(PhraseTrie<bool>.Words(title.Trim()), true);
        }
        foreach (var entry in DataFile.Lines(Path.Combine(dataDirectory, "not-people.txt")))
        {
            var words = PhraseTrie<bool>.Words(entry.Trim());
            if (words.Length == 1)
            {
                d._notPeopleWords.Add(words[0]);
            }
            else if (words.Length > 1)
            {
                d.NotPeoplePhrases.Add(words, true);
            }
        }
        foreach (var line in DataFile.Lines(Path.Combine(dataDirectory, "person-aliases.tsv")))
        {
            var cols = line.Split('\t');
            if (cols.Length >= 2)
            {
                var canonical = NormalizeName(cols[1].Trim());
                d._aliases[Key(cols[0])] = canonical;
                var spellings = d._spellings.TryGetValue(Key(canonical), out var known) ? known : d._spellings[Key(canonical)] = [canonical];
                spellings.Add(NormalizeName(cols[0].Trim()));
            }
        }
        return d;
    }

    public bool IsFirstName(string word) =>
        _firstNames.Contains(word) || (word.IndexOf('-') is > 1 and var dash && _firstNames.Contains(word[..dash]));

    public bool IsTitle(string word) => Titles.Contains([word]);

    /// <summary>A nationality word ("Norwegian", "Frenchman"): <c>nationalities.txt</c>.</summary>
    public bool IsNationality(string word) => _nationalities.Contains(word);

    public bool IsNotPersonWord(string word) => _notPeopleWords.Contains(word);

    /// <summary>Every name the alias file shows (its second column).</summary>
    public IEnumerable<string> CanonicalNames => _spellings.Values.Select(s => s[0]);

    /// <summary>The canonical name for a spelling in the alias file, or null.</summary>
    public string? Canonical(string name) => _aliases.GetValueOrDefault(Key(name));

    /// <summary>
    /// The canonical name and every spelling the alias file gives for the person a name stands for ("Suleimani" →
    /// "Qassem Soleimani", "Qassim Suleimani", …); empty when the alias file does not know the name.
    /// </summary>
    public IReadOnlyList<string> Spellings(string name)
    {
        var canonical = Canonical(name) ?? name;
        return _spellings.TryGetValue(Key(canonical), out var spellings) ? spellings : [];
    }

    /// <summary>Curly apostrophes become straight ones, so "Ya’alon" and "Ya'alon" are one name.</summary>
    public static string NormalizeName(string name) => name.Replace('’', '\'').Replace('‘', '\'');

    /// <summary>Case, accents and apostrophes ignored: the key under which spellings meet.</summary>
    public static string Key(string name)
    {
        var decomposed = NormalizeName(name.Trim()).Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                sb.Append(char.ToLowerInvariant(c));
            }
        }
        return sb.ToString();
    }
}
