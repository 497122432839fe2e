using System.Collections.Concurrent;
using Lucene.Net.Util.Automaton;
using Search.Core.Model;
using Search.Core.Text;

namespace Search.Core.Enrichment;

/// <summary>
/// One person facet value per person across scripts: a name found in Cyrillic, Greek, Arabic or Hebrew letters becomes
/// the name the alias file shows when it spells the same (the alias file may list the other script's spelling itself,
/// or its Latin name is matched letter by letter through <see cref="ScriptSpellings"/>: "Алексея Навального" is
/// "Alexei Navalny"), else its usual Latin spelling ("Дмитрий Песков" → "Dmitry Peskov"). The inflected forms of one
/// name in an article ("Путина", "Путиным") are one person, shown in the shortest (most often the nominative). A name
/// the alias file does not know and the article gives only inflected keeps its inflection ("Alexeem Navalnym").
/// </summary>
public sealed class PeopleAcrossScripts(ScriptSpellings scripts, PersonNameData names)
{
    private const int MinStem = 4;
    // Names of a whole archive pass through: the automata kept are bounded.
    private const int MaxCached = 4_096;
    private readonly List<string[]> _known = names.CanonicalNames.Select(n => n.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToList();
    private readonly ConcurrentDictionary<(string Script, string Word), CharacterRunAutomaton> _automata = new();

    /// <summary>The people of an article, those named in another script given their Latin name.</summary>
    public IReadOnlyList<PersonMention> Latin(IReadOnlyList<PersonMention> people)
    {
        if (people.All(p => p.Name.Length == 0 || scripts.ScriptOf(p.Name[0]) is null))
        {
            return people;
        }
        var merged = new List<(string Name, int Mentions)>();
        foreach (var group in people.GroupBy(p => scripts.ScriptOf(p.Name) is { } script ? Key(p.Name, script) : p.Name))
        {
            // Of the forms of one name, the shortest is most often the nominative ("Путин" of "Путина", "Путиным").
            var forms = group.OrderBy(p => p.Name.Length).ThenByDescending(p => p.Mentions).Select(p => p.Name).ToList();
            var name = scripts.ScriptOf(forms[0]) is { } script ? InLatin(forms, script) : forms[0];
            var index = merged.FindIndex(m => string.Equals(m.Name, name, StringComparison.Ordinal));
            var mentions = group.Sum(p => p.Mentions);
            if (index >= 0)
            {
                merged[index] = (name, merged[index].Mentions + mentions);
            }
            else
            {
                merged.Add((name, mentions));
            }
        }
        return merged.Select(m => new PersonMention(m.Name, m.Mentions)).ToList();
    }

    // The alias file's name for any of the forms, else the usual Latin spelling of the first form given.
    private string InLatin(List<string> list, ScriptSpellings.Script script)
    {
        foreach (var form in list)
        {
            if (names.Canonical(form) is { } canonical)
            {
                return canonical;
            }
            var words = form.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (_known.FirstOrDefault(k => k.Length == words.Length && k.Zip(words).All(p => Spells(p.Second, p.First, script))) is { } known)
            {
                return string.Join(' ', known);
            }
        }
        var usual = scripts.Usual(list[0], script);
        return names.Canonical(usual) ?? usual;
    }

    // Whether a Latin word is one of the spellings of a word of another script (an inflected form's too).
    private bool Spells(string native, string latin, ScriptSpellings.Script script)
    {
        var folded = PersonNameData.Key(latin);
        if (folded.Length == 0 || !folded.All(c => c is >= 'a' and <= 'z'))
        {
            return false;
        }
        if (_automata.Count > MaxCached)
        {
            _automata.Clear();
        }
        var automaton = _automata.GetOrAdd((script.Name, native), _ => new CharacterRunAutomaton(scripts.ToLatin(native, script)));
        return automaton.Run(folded);
    }

    // A name's words less the endings its script's inflections add: the forms of one name in an article share it.
    private static string Key(string name, ScriptSpellings.Script script) => string.Join(' ', name.ToLowerInvariant()
        .Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w =>
        {
            var stem = w.Length;
            while (stem > MinStem && script.Endings.Contains(w[stem - 1]))
            {
                stem--;
            }
            return w[..stem];
        }));
}
