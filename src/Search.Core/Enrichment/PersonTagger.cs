using Search.Core.Model;

namespace Search.Core.Enrichment;

/// <summary>
/// The people a text names, one canonical full name each, with mention counts. Rules and data stand in for a
/// statistical model: a name is a run of capitalised words that follows a title or role ("Gen.", "spokesman"), starts
/// with a known given name, or is followed by a reporting verb; runs with organisation or place words are not people.
/// A lone surname counts for the full name the article gave it ("Obama" → "Barack Obama"), or, failing that, for the
/// name the alias file gives it; titles are stripped.
/// </summary>
public sealed class PersonTagger(PersonNameData data, Gazetteer gazetteer, OutletRegistry outlets)
{
    private const int MaxNameWords = 4;
    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal) { "al", "bin", "ibn", "van", "von", "de", "der", "da", "la", "le", "el", "du", "dos", "abu" };
    private static readonly HashSet<string> ReportingVerbs = new(StringComparer.Ordinal) { "said", "says", "told", "tells", "added", "wrote", "stressed", "noted", "warned", "declared", "stated", "argued", "explained", "who" };

    private readonly record struct Candidate(string[] Words, bool Titled);

    public IReadOnlyList<PersonMention> Tag(IEnumerable<string> paragraphs) => Tag(paragraphs.Select(WordTokenizer.Tokenize));

    public IReadOnlyList<PersonMention> Tag(IEnumerable<List<WordToken>> paragraphs)
    {
        var candidates = new List<Candidate>();
        foreach (var tokens in paragraphs)
        {
            candidates.AddRange(Candidates(tokens));
        }
        return Resolve(candidates);
    }

    private IEnumerable<Candidate> Candidates(List<WordToken> tokens)
    {
        var titled = false;
        for (var i = 0; i < tokens.Count;)
        {
            var title = TitleAt(tokens, i);
            if (title > 0)
            {
                titled = Adjacent(tokens, i + title - 1);
                i += title;
                continue;
            }
            if (!StartsName(tokens[i]))
            {
                titled = false;
                i++;
                continue;
            }

            var end = i + 1;
            while (end < tokens.Count && Adjacent(tokens, end - 1)
                   && (StartsName(tokens[end]) || (Particles.Contains(tokens[end].Text) && end + 1 < tokens.Count && StartsName(tokens[end + 1])))
                   && TitleAt(tokens, end) == 0)
            {
                end++;
            }
            var words = tokens.Skip(i).Take(end - i).Select(t => PersonNameData.NormalizeName(t.Text)).ToArray();
            var first = tokens[i];
            // A capital at a sentence start says nothing: drop an ordinary first word ("But Obama said").
            if (first.SentenceStart && !titled && !data.IsFirstName(first.Text) && words.Length > 1)
            {
                words = words[1..];
            }
            var followedByVerb = end < tokens.Count && ReportingVerbs.Contains(tokens[end].Text);
            if (Accept(words, titled, followedByVerb, first.SentenceStart && words.Length == end - i))
            {
                yield return new Candidate(words, titled);
            }
            titled = TitleAt(tokens, end) > 0;
            i = end;
        }
    }

    private bool Accept(string[] words, bool titled, bool followedByVerb, bool atSentenceStart)
    {
        if (words.Length is 0 or > MaxNameWords || words.Any(w => data.IsNotPersonWord(w) || w.All(c => !char.IsLetter(c) || char.IsUpper(c)) && w.Length > 1 && !w.Contains('.')))
        {
            return false;
        }
        var tokens = words.Select(w => new WordToken(w, 0, 0, false, false)).ToList();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (data.NotPeoplePhrases.LongestAt(tokens, i).Length > 0)
            {
                return false;
            }
        }
        var phrase = string.Join(' ', words);
        if (gazetteer.Phrases.LongestAt(tokens, 0).Length == words.Length || outlets.FindByName(phrase) is not null)
        {
            return false;
        }
        if (words.Length == 1)
        {
            // Lone words are kept as surnames to resolve against full names; alone they need a title or the alias file.
            return !atSentenceStart || titled || data.Canonical(words[0]) is not null;
        }
        return titled || data.IsFirstName(words[0]) || followedByVerb || data.Canonical(phrase) is not null;
    }

    private List<PersonMention> Resolve(List<Candidate> candidates)
    {
        var fullNames = candidates.Where(c => c.Words.Length > 1).Select(c => string.Join(' ', c.Words)).ToList();
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var display = new Dictionary<string, string>(StringComparer.Ordinal);

        void Count(string name)
        {
            var canonical = data.Canonical(name) ?? name;
            var key = PersonNameData.Key(canonical);
            counts[key] = counts.GetValueOrDefault(key) + 1;
            // Show the longest spelling the article used, unless the alias file names one.
            if (!display.TryGetValue(key, out var shown) || (data.Canonical(name) is null && shown.Length < canonical.Length && data.Canonical(shown) is null))
            {
                display[key] = canonical;
            }
        }

        foreach (var c in candidates)
        {
            if (c.Words.Length > 1)
            {
                Count(string.Join(' ', c.Words));
                continue;
            }
            var surname = c.Words[0];
            var full = fullNames.FirstOrDefault(f => f.EndsWith(" " + surname, StringComparison.Ordinal) || f.Split(' ')[^1].Equals(surname, StringComparison.Ordinal));
            if (full is not null)
            {
                Count(full);
            }
            else if (data.Canonical(surname) is not null || c.Titled)
            {
                Count(surname);
            }
        }
        return counts.OrderByDescending(kv => kv.Value).ThenBy(kv => display[kv.Key], StringComparer.Ordinal)
            .Select(kv => new PersonMention(display[kv.Key], kv.Value)).ToList();
    }

    private int TitleAt(List<WordToken> tokens, int i) => data.Titles.LongestAt(tokens, i).Length;

    private static bool StartsName(WordToken t) => char.IsUpper(t.Text[0]) && !t.Text.Contains('_');

    private static bool Adjacent(List<WordToken> tokens, int i) => i + 1 < tokens.Count && tokens[i + 1].Joined;
}
