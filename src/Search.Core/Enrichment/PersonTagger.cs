using Search.Core.Enrichment.Tagging;
using Search.Core.Model;
using Search.Core.Text;

namespace Search.Core.Enrichment;

/// <summary>
/// The people a text names, one canonical full name each, with mention counts. The trained tagger
/// (<see cref="NameModel"/>) proposes person, organisation and place spans; rules keep what rules do best: a run of
/// capitalised words after a title or role ("Gen.", "spokesman"), starting with a known given name or followed by a
/// reporting verb is a name too, unless the model called it an organisation or a place; titles are stripped; vetoes
/// (organisation and place words, outlets, countries, not-people phrases) apply to every candidate. A lone surname
/// counts for the full name the article gave it ("Obama" → "Barack Obama"), a lone given name only ever for a full name
/// ("John" → "John Major"); failing that, a lone word needs a title or the alias file to stand alone (measured: lone
/// words the model alone proposed were wrong more often than right — "Sheffield", "Audi", "Education").
/// </summary>
public sealed partial class PersonTagger(PersonNameData data, Gazetteer gazetteer, OutletRegistry outlets, NameModel? model = null, TaggerLexicon? lexicon = null)
{
    private const int MaxNameWords = 4;
    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal) { "al", "bin", "ibn", "van", "von", "de", "der", "da", "la", "le", "el", "du", "dos", "abu" };
    private static readonly HashSet<string> PostNominals = new(StringComparer.Ordinal) { "QC", "KC", "MP", "MEP", "MSP", "OBE", "CBE", "MBE", "KBE", "DBE", "PhD", "MD", "Esq" };
    private static readonly HashSet<string> Generations = new(StringComparer.Ordinal) { "II", "III", "IV" };

    [System.Text.RegularExpressions.GeneratedRegex(@"^\p{Lu}\p{Ll}{1,5}-\p{Ll}{1,5}$")]
    private static partial System.Text.RegularExpressions.Regex EastAsianGivenName();

    // What may follow a name and belongs to it: "Martin Luther King Jr.", "Davis Love III".
    private static readonly HashSet<string> Suffixes = new(StringComparer.Ordinal) { "Jr", "Sr", "II", "III", "IV" };
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
        var claimed = new bool[tokens.Count];
        if (model is not null && lexicon is not null && tokens.Count > 0)
        {
            foreach (var span in NameSpan.FromTags(model.Tag(tokens, lexicon)))
            {
                // The rules yield to the model's people, and to organisations and places that carry a company word;
                // a name the rules are sure of (a title, a given name, a reporting verb) beats a bare ORG or LOC guess.
                if (span.Kind == "PER" || tokens.Skip(span.Start).Take(span.Length).Any(t => lexicon.IsOrganisationWord(t.Text)))
                {
                    claimed.AsSpan(span.Start, span.Length).Fill(true);
                }
                if (span.Kind == "PER" && FromModel(tokens, span) is { } candidate)
                {
                    yield return candidate;
                }
            }
        }
        foreach (var candidate in RuleCandidates(tokens, claimed))
        {
            yield return candidate;
        }
    }

    /// <summary>A person span of the model, its titles cut off (a title before or inside it marks it titled).</summary>
    private Candidate? FromModel(List<WordToken> tokens, NameSpan span)
    {
        // "Bill de Blasio": a particle and the capitalised word after it belong to the name.
        var end = span.End;
        while (end + 1 < tokens.Count && Particles.Contains(tokens[end].Text) && tokens[end].Joined && tokens[end + 1].Joined && StartsName(tokens[end + 1]))
        {
            end += 2;
        }
        if (end > span.Start + 1 && Particles.Contains(tokens[end - 1].Text))
        {
            end = end + 1 < tokens.Count && tokens[end].Joined && StartsName(tokens[end]) ? end + 1 : end - 1;
        }
        // Letters after a name are not the name ("Neil Ford QC" → "Neil Ford"); "Jr." and "III" are, also where the model stopped before them.
        while (end - 1 > span.Start && PostNominals.Contains(tokens[end - 1].Text.TrimEnd('.')))
        {
            end--;
        }
        if (end < tokens.Count && end > span.Start && tokens[end].Joined && Suffixes.Contains(tokens[end].Text.TrimEnd('.')))
        {
            end++;
        }
        span = span with { End = end };
        var start = span.Start;
        var titled = false;
        for (var j = Math.Max(0, start - 4); j < start && !titled; j++)
        {
            titled = TitleAt(tokens, j) == start - j;
        }
        while (TitleAt(tokens, start) is var t and > 0 && start + t < span.End)
        {
            start += t;
            titled = true;
        }
        var words = tokens.Skip(start).Take(span.End - start).Select(t => PersonNameData.NormalizeName(t.Text)).ToArray();
        (words, titled) = WithoutNationality(words, titled);
        // "WhiTim Napa LLC", "Salomon Brothers": a company word right after the span names a company.
        var orgAfter = span.End < tokens.Count && tokens[span.End].Joined && lexicon!.IsOrganisationWord(tokens[span.End].Text);
        if (orgAfter || !char.IsUpper(words[0][0]) || (words.Length == 1 && TitleAt(tokens, start) > 0))
        {
            return null;
        }
        return Vetoed(words, givenNameFirst: words.Length > 1 && data.IsFirstName(words[0])) ? null : new Candidate(words, titled);
    }

    private IEnumerable<Candidate> RuleCandidates(List<WordToken> tokens, bool[] claimed)
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
            // A capital at a sentence start says nothing: drop an ordinary first word ("But Obama said", "The Frenchman …").
            if (first.SentenceStart && !titled && !data.IsFirstName(first.Text) && !data.IsNationality(first.Text) && words.Length > 1)
            {
                words = words[1..];
            }
            (words, titled) = WithoutNationality(words, titled);
            var followedByVerb = end < tokens.Count && ReportingVerbs.Contains(tokens[end].Text);
            var modelSpoke = claimed.AsSpan(i, end - i).Contains(true);
            if (!modelSpoke && Accept(words, titled, followedByVerb, first.SentenceStart && words.Length == end - i))
            {
                yield return new Candidate(words, titled);
            }
            titled = TitleAt(tokens, end) > 0;
            i = end;
        }
    }

    /// <summary>What no person's name is: too long, an acronym, a not-people word or phrase, a country, an outlet.</summary>
    private bool Vetoed(string[] words, bool givenNameFirst = false)
    {
        // After a known given name, a word of not-people.txt is a surname ("Steve West", "Andrew Park") unless it marks a company.
        // A Korean or Chinese name written surname first ("Park Geun-hye", "Moon Jae-in"): the hyphenated given name marks it.
        var eastAsian = words.Length == 2 && EastAsianGivenName().IsMatch(words[1]);
        bool NotPerson(string w, int i) => data.IsNotPersonWord(w) && !(givenNameFirst && i > 0 && lexicon?.IsOrganisationWord(w) != true) && !(eastAsian && i == 0);
        if (words.Length is 0 or > MaxNameWords || words.All(w => Suffixes.Contains(w.TrimEnd('.'))) || words.Where(NotPerson).Any() || words.Any(w => w.All(c => !char.IsLetter(c) || char.IsUpper(c)) && w.Length > 1 && !w.Contains('.') && !Generations.Contains(w)))
        {
            return true;
        }
        var tokens = words.Select(w => new WordToken(w, 0, 0, false, false)).ToList();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (data.NotPeoplePhrases.LongestAt(tokens, i).Length > 0)
            {
                return true;
            }
        }
        return gazetteer.Phrases.LongestAt(tokens, 0).Length == words.Length || outlets.FindByName(string.Join(' ', words)) is not null;
    }

    private bool Accept(string[] words, bool titled, bool followedByVerb, bool atSentenceStart)
    {
        if (Vetoed(words))
        {
            return false;
        }
        var phrase = string.Join(' ', words);
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
            var word = c.Words[0];
            var full = fullNames.FirstOrDefault(f => f.EndsWith(" " + word, StringComparison.Ordinal))
                       ?? fullNames.FirstOrDefault(f => f.StartsWith(word + " ", StringComparison.Ordinal));
            if (full is not null)
            {
                Count(full);
            }
            else if (data.Canonical(word) is not null || c.Titled)
            {
                Count(word);
            }
        }
        return counts.OrderByDescending(kv => kv.Value).ThenBy(kv => display[kv.Key], StringComparer.Ordinal)
            .Select(kv => new PersonMention(display[kv.Key], kv.Value)).ToList();
    }

    // A nationality before two capitalised words or more marks a person and is not part of the name ("Norwegian Erling
    // Haaland", "Swede Henrik Stenson") — unless the words name a company ("Norwegian Cruise Line Holdings").
    private (string[] Words, bool Titled) WithoutNationality(string[] words, bool titled) =>
        words.Length > 2 && data.IsNationality(words[0]) && lexicon?.IsOrganisationWord(words[^1]) != true ? (words[1..], true) : (words, titled);

    private int TitleAt(List<WordToken> tokens, int i) => data.Titles.LongestAt(tokens, i).Length;

    private static bool StartsName(WordToken t) => char.IsUpper(t.Text[0]) && !t.Text.Contains('_');

    private static bool Adjacent(List<WordToken> tokens, int i) => i + 1 < tokens.Count && tokens[i + 1].Joined;
}
