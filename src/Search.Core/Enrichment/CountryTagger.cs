using Search.Core.Model;
using Search.Core.Text;

namespace Search.Core.Enrichment;

/// <summary>
/// Every country a text mentions, with a mention count, in one pass over its words: longest gazetteer phrase first,
/// trap phrases ("New Mexico", "Washington Post") count for nothing, "US" only in capitals (never "us"), and a
/// country name inside a person's name ("Michael Jordan", "Chad Smith") is not the country. An article in another
/// language is also read for the names it uses in that language (<see cref="CountryNamesByLanguage"/>); a country
/// named both ways counts its mentions once.
/// </summary>
public sealed class CountryTagger(Gazetteer gazetteer, PersonNameData names, CountryNamesByLanguage? otherLanguages = null)
{
    public IReadOnlyList<CountryMention> Tag(IEnumerable<string> paragraphs) => Tag(paragraphs.Select(WordTokenizer.Tokenize));

    /// <param name="paragraphs">The text's words, paragraph by paragraph.</param>
    /// <param name="text">The text itself, read for names in <paramref name="language"/> when that is not English.</param>
    /// <param name="language">The text's language (ISO 639-1), or null.</param>
    public IReadOnlyList<CountryMention> Tag(IEnumerable<List<WordToken>> paragraphs, string? text = null, string? language = null)
    {
        var counts = new Dictionary<Country, int>();
        var all = paragraphs as IReadOnlyList<List<WordToken>> ?? paragraphs.ToList();
        HashSet<string>? words = null;
        foreach (var tokens in all)
        {
            Count(tokens, counts, name => Resolve(name, words ??= all.SelectMany(p => p).Select(t => t.Text.TrimEnd('.')).ToHashSet(StringComparer.OrdinalIgnoreCase)));
        }
        if (otherLanguages is not null && text is not null && language is not null)
        {
            var inLanguage = new Dictionary<Country, int>();
            otherLanguages.Count(text, language, inLanguage);
            foreach (var (country, n) in inLanguage)
            {
                counts[country] = Math.Max(counts.GetValueOrDefault(country), n);
            }
        }
        return counts.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key.Name, StringComparer.Ordinal)
            .Select(kv => new CountryMention(kv.Key.Code, kv.Key.Name, kv.Value)).ToList();
    }

    /// <summary>The reading of an ambiguous name ("Georgia", "Congo") whose cue words the article uses most; ties go to the first.</summary>
    private Country? Resolve(string name, HashSet<string> words)
    {
        var readings = gazetteer.Ambiguous[name];
        var best = readings[0];
        var bestHits = best.Cues.Count(words.Contains);
        foreach (var reading in readings.Skip(1))
        {
            var hits = reading.Cues.Count(words.Contains);
            if (hits > bestHits)
            {
                (best, bestHits) = (reading, hits);
            }
        }
        return best.Reading;
    }

    private void Count(List<WordToken> tokens, Dictionary<Country, int> counts, Func<string, Country?> resolve)
    {
        for (var i = 0; i < tokens.Count;)
        {
            var token = tokens[i];
            if (!char.IsUpper(token.Text[0]))
            {
                i++;
                continue;
            }
            var (country, length) = gazetteer.Phrases.LongestAt(tokens, i);
            if (length == 0 && token.Text.Contains('-'))
            {
                CountHyphenated(token, counts);
                i++;
                continue;
            }
            if (length == 0)
            {
                i++;
                continue;
            }
            if (country is not null && gazetteer.Ambiguous.Count > 0)
            {
                var phrase = length == 1 ? token.Text : string.Join(' ', tokens.Skip(i).Take(length).Select(t => t.Text));
                if (gazetteer.Ambiguous.ContainsKey(phrase))
                {
                    country = resolve(phrase);
                }
            }
            if (country is not null && !(length == 1 && IsPartOfPersonName(tokens, i)))
            {
                counts[country] = counts.GetValueOrDefault(country) + 1;
            }
            i += length;
        }
    }

    // "Iranian-backed", "US-Iran", "Syria-Iraq": each part may be a country.
    private void CountHyphenated(WordToken token, Dictionary<Country, int> counts)
    {
        var offset = token.Start;
        var parts = token.Text.Split('-').Select(p => new WordToken(p, offset, offset + p.Length, false, false)).ToList();
        for (var j = 0; j < parts.Count; j++)
        {
            if (parts[j].Text.Length == 0 || !char.IsUpper(parts[j].Text[0]))
            {
                continue;
            }
            var (country, length) = gazetteer.Phrases.LongestAt(parts, j);
            if (country is not null && length > 0)
            {
                counts[country] = counts.GetValueOrDefault(country) + 1;
                j += length - 1;
            }
        }
    }

    private bool IsPartOfPersonName(List<WordToken> tokens, int i)
    {
        var token = tokens[i];
        if (!gazetteer.NameLike.Contains(token.Text))
        {
            return false;
        }
        if (i > 0 && token.Joined && names.IsFirstName(tokens[i - 1].Text))
        {
            return true;
        }
        if (token.Possessive || i + 1 >= tokens.Count || !tokens[i + 1].Joined)
        {
            return false;
        }
        var next = tokens[i + 1];
        return next.IsCapitalized && !next.SentenceStart && !names.IsTitle(next.Text)
            && gazetteer.Phrases.LongestAt(tokens, i + 1).Length == 0 && !names.IsNotPersonWord(next.Text);
    }
}
