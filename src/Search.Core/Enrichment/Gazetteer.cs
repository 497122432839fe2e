using Search.Core.Model;
using Search.Core.Text;
namespace Search.Core.Enrichment;

/// <summary>
/// Country names, variants, abbreviations, demonyms and capitals (<c>Data/countries.tsv</c>) and the phrases that only
/// look like them (<c>Data/country-traps.txt</c>), compiled into one case-sensitive phrase trie.
/// </summary>
public sealed class Gazetteer
{
    private readonly Dictionary<string, Country> _byCode = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Country> _byName = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Phrase → country, or null for a trap phrase ("New Mexico").</summary>
    internal PhraseTrie<Country?> Phrases { get; } = new(StringComparer.Ordinal);

    /// <summary>Country names that are also people's names ("Jordan", "Chad"): a person's name around them wins.</summary>
    internal HashSet<string> NameLike { get; } = new(StringComparer.Ordinal);

    /// <summary>Names with several readings (<c>ambiguous-countries.tsv</c>): each reading (null: not a country) and its cue words.</summary>
    internal Dictionary<string, List<(Country? Reading, HashSet<string> Cues)>> Ambiguous { get; } = new(StringComparer.Ordinal);

    public IReadOnlyCollection<Country> Countries => _byCode.Values;

    public static Gazetteer Load(string countriesPath, string trapsPath, string? ambiguousPath = null)
    {
        var g = new Gazetteer();
        foreach (var line in DataFile.Lines(countriesPath))
        {
            var cols = line.Split('\t');
            var country = new Country(cols[0].Trim(), cols[1].Trim());
            g._byCode[country.Code] = country;
            var names = cols.Length > 2 ? cols[2].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : [];
            foreach (var name in names.Prepend(country.Name))
            {
                g._byName.TryAdd(name, country);
                g.Phrases.Add(PhraseTrie<Country?>.Words(name), country);
            }
            if (cols.Length > 3)
            {
                g.NameLike.UnionWith(cols[3].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            }
        }
        foreach (var trap in DataFile.Lines(trapsPath))
        {
            g.Phrases.Add(PhraseTrie<Country?>.Words(trap), null, overwrite: true);
        }
        if (ambiguousPath is not null)
        {
            foreach (var line in DataFile.Lines(ambiguousPath))
            {
                var cols = line.Split('\t');
                if (cols.Length < 2)
                {
                    continue;
                }
                var name = cols[0].Trim();
                var reading = cols[1].Trim() == "-" ? null : g.ByCode(cols[1].Trim());
                var cues = (cols.Length > 2 ? cols[2] : "").Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                    .Select(c => c.TrimEnd('.')).ToHashSet(StringComparer.OrdinalIgnoreCase);
                if (!g.Ambiguous.TryGetValue(name, out var readings))
                {
                    g.Ambiguous[name] = readings = [];
                    if (reading is not null)
                    {
                        g._byName.TryAdd(name, reading);
                    }
                    // The name itself must be found for its readings to be weighed.
                    if (g.Phrases.LongestAt(PhraseTrie<Country?>.Words(name).Select(w => new WordToken(w, 0, 0, false, false)).ToList(), 0).Length == 0)
                    {
                        g.Phrases.Add(PhraseTrie<Country?>.Words(name), reading ?? g.ByCode(cols[1].Trim()));
                    }
                }
                readings.Add((reading, cues));
            }
        }
        return g;
    }

    /// <summary>A country by ISO code or by any of its names ("IR", "Iran", "Iranian"), for filters and queries.</summary>
    public Country? Find(string codeOrName)
    {
        codeOrName = codeOrName.Trim();
        return codeOrName.Length == 2 && _byCode.TryGetValue(codeOrName, out var c) ? c
            : _byName.TryGetValue(codeOrName, out c) ? c : null;
    }

    public Country? ByCode(string code) => _byCode.GetValueOrDefault(code);
}
