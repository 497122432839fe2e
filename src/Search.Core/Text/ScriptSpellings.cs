using System.Globalization;
using Lucene.Net.Util.Automaton;

namespace Search.Core.Text;

/// <summary>
/// The letters of the scripts other than Latin and the Latin spellings each takes (<c>transliteration.tsv</c>), for
/// finding a name across scripts (<see cref="Querying.CrossScriptForms"/>). Read once; immutable, thread-safe.
/// </summary>
public sealed class ScriptSpellings
{
    private ScriptSpellings(IReadOnlyList<Script> scripts, string latinEndings) => (Scripts, LatinEndings) = (scripts, latinEndings);

    public IReadOnlyList<Script> Scripts { get; }

    /// <summary>Letters an inflection may put at the end of a Latin-script word.</summary>
    public string LatinEndings { get; }

    private const int MinStem = 4;
    private const int MinAbjadConsonants = 3;
    private const string LatinVowels = "aeiou";
    private const string LatinConsonants = "bcdfghjklmnpqrstvwxz";

    /// <summary>The script a word is written in (by its first letter), or null for Latin and scripts the table lacks.</summary>
    public Script? ScriptOf(string word) => word.Length == 0 ? null : ScriptOf(word[0]);

    /// <summary>The script a letter belongs to (in either case), or null for Latin and scripts the table lacks.</summary>
    public Script? ScriptOf(char letter)
    {
        var lower = char.ToLowerInvariant(letter);
        return Scripts.FirstOrDefault(s => s.Alphabet.Contains(lower));
    }

    /// <summary>
    /// A script: the languages written in it, each letter (or group of letters) with its Latin spellings, the letters
    /// inflections add at a word's end, the share of a Latin word's vowels it may leave unwritten, and what it may write
    /// onto the start of a word (Arabic "and", "the").
    /// </summary>
    public sealed record Script(string Name, IReadOnlySet<string> Languages, IReadOnlyList<(string Letters, string[] Latin)> Letters,
        string Endings, double Unwritten, IReadOnlyList<string> Prefixes)
    {
        /// <summary>Every single letter of the script the table names.</summary>
        public HashSet<char> Alphabet { get; } = [.. Letters.SelectMany(l => l.Letters)];

        /// <summary>Each letter or group of letters, with its Latin spellings ("" for none).</summary>
        public IReadOnlyList<(string From, string[] To)> ToLatin { get; } = Letters.Select(l => (l.Letters, l.Latin)).ToList();

        /// <summary>Each Latin spelling, with the letters or groups of letters it may stand for.</summary>
        public IReadOnlyList<(string From, string[] To)> ToNative { get; } = Letters
            .SelectMany(l => l.Latin.Where(s => s.Length > 0).Select(s => (Latin: s, l.Letters)))
            .GroupBy(p => p.Latin, StringComparer.Ordinal).Select(g => (g.Key, g.Select(p => p.Letters).Distinct().ToArray())).ToList();

        /// <summary>The longest letters of the table at <paramref name="at"/>, with how many characters they take and their usual spelling.</summary>
        public (int Length, string Latin)? Usual(string word, int at)
        {
            foreach (var (letters, latin) in ByLength)
            {
                if (word.AsSpan(at).StartsWith(letters, StringComparison.Ordinal))
                {
                    return (letters.Length, latin[0]);
                }
            }
            return null;
        }

        private IReadOnlyList<(string Letters, string[] Latin)> ByLength { get; } = Letters.OrderByDescending(l => l.Letters.Length).ToList();

        /// <summary>Single letters that may spell nothing (a soft sign, a silent letter): free to stand anywhere in a word.</summary>
        public string Silent { get; } = string.Concat(Letters.Where(l => l.Letters.Length == 1 && l.Latin.Contains("")).Select(l => l.Letters));
    }

    /// <summary>Reads <paramref name="path"/>; a line of another shape is an error naming the line.</summary>
    public static ScriptSpellings Load(string path)
    {
        var languages = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var letters = new Dictionary<string, List<(string, string[])>>(StringComparer.Ordinal);
        var endings = new Dictionary<string, string>(StringComparer.Ordinal);
        var unwritten = new Dictionary<string, double>(StringComparer.Ordinal);
        var prefixes = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var number = 0;
        foreach (var raw in File.ReadLines(path))
        {
            number++;
            var line = raw.TrimEnd('\r');
            if (line.Trim().Length == 0 || line.TrimStart().StartsWith('#'))
            {
                continue;
            }
            var cells = line.Split('\t');
            var values = cells.Length == 3 ? cells[2].Split(' ', StringSplitOptions.RemoveEmptyEntries) : [];
            if (cells.Length != 3 || cells[1].Length == 0 || values.Length == 0)
            {
                throw new InvalidDataException($"{path} line {number}: give a script, its letters (or @languages, @endings, @prefixes, @unwritten) and Latin spellings, separated by tabs");
            }
            var script = cells[0].Trim();
            switch (cells[1])
            {
                case "@languages":
                    languages[script] = [.. values];
                    break;
                case "@prefixes":
                    prefixes[script] = values;
                    break;
                case "@endings":
                    endings[script] = string.Concat(values);
                    break;
                case "@unwritten" when double.TryParse(values[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var share) && share is >= 0 and <= 1:
                    unwritten[script] = share;
                    break;
                case var other when other.StartsWith('@'):
                    throw new InvalidDataException($"{path} line {number}: {other} is not a script's property (@languages, @endings, @prefixes, @unwritten with a share from 0 to 1)");
                default:
                    if (!letters.TryGetValue(script, out var list))
                    {
                        letters[script] = list = [];
                    }
                    list.Add((cells[1], values.Select(v => v == "-" ? "" : v.ToLowerInvariant()).ToArray()));
                    break;
            }
        }
        var scripts = letters.Select(kv => new Script(kv.Key, languages.GetValueOrDefault(kv.Key) ?? [], kv.Value,
            endings.GetValueOrDefault(kv.Key) ?? "", unwritten.GetValueOrDefault(kv.Key), prefixes.GetValueOrDefault(kv.Key) ?? [])).ToList();
        return new ScriptSpellings(scripts, endings.GetValueOrDefault("latin") ?? "");
    }


    /// <summary>
    /// Whether a Latin word has consonants enough to be looked for in an abjad, which writes little else: three, or two
    /// in a word of five letters or more ("Lee" and "Amin" would find a host of words).
    /// </summary>
    public static bool EnoughForAnAbjad(string latin)
    {
        var consonants = latin.Count(c => !LatinVowels.Contains(c) && c != 'y');
        return consonants >= MinAbjadConsonants || consonants == MinAbjadConsonants - 1 && latin.Length > 4;
    }

    // Latin to another script: a Latin vowel may go unwritten in an abjad (within the script's share); the script's
    // silent letters may stand anywhere after the first; a doubled consonant may be written once; the stem ends before
    // the Latin word's last vowels ("Navaln|y" → "Навальн|ого") — but in an abjad, whose names seldom inflect, the
    // whole word is read ("Diess" is not "die" and an ending).
    public Automaton FromLatin(string latin, Script script)
    {
        var abjad = script.Unwritten > 0;
        var budget = (int)(latin.Count(LatinVowels.Contains) * script.Unwritten);
        return SpellingAutomaton.Build(latin, script.ToNative, abjad ? latin.Length : Stem(latin, LatinEndings), script.Endings, script.Silent,
            budget > 0 ? LatinVowels : "", "", budget, script.Prefixes, collapsible: LatinConsonants);
    }

    // Another script to Latin: an abjad's unwritten vowels may be written in Latin, and its letters left out, within the
    // script's share; every letter of an abjad's word is read (its names seldom inflect, and its letters say too little
    // to be dropped: "سوريا" must not find "cars").
    public Automaton ToLatin(string native, Script script)
    {
        var abjad = script.Unwritten > 0;
        var budget = (int)(native.Length * script.Unwritten);
        return SpellingAutomaton.Build(native, script.ToLatin, abjad ? native.Length : Stem(native, script.Endings), LatinEndings, "", "",
            abjad ? LatinVowels : "", budget, [], silentCosts: abjad);
    }

    // Where an ending may start: after the word less its ending letters, keeping at least MinStem ("Anaya" is not "она").
    private static int Stem(string word, string endings)
    {
        var stem = word.Length;
        while (stem > MinStem && endings.Contains(word[stem - 1]))
        {
            stem--;
        }
        return stem;
    }

    /// <summary>
    /// A word or name of another script in Latin letters, each letter (or group, longest first) by its usual spelling
    /// ("Владимир Путин" → "Vladimir Putin", "Навальный" → "Navalny"), each word starting with a capital.
    /// </summary>
    public string Usual(string text, Script script)
    {
        var lower = text.ToLowerInvariant();
        var output = new System.Text.StringBuilder(text.Length + 8);
        var startOfWord = true;
        for (var i = 0; i < lower.Length;)
        {
            var letter = script.Usual(lower, i);
            var spelled = letter is null ? lower[i].ToString() : letter.Value.Latin;
            foreach (var c in spelled)
            {
                output.Append(startOfWord && char.IsLetter(c) ? char.ToUpperInvariant(c) : c);
                startOfWord = !char.IsLetter(c) && c != '\'';
            }
            i += letter?.Length ?? 1;
        }
        return output.ToString();
    }
}
