using Lucene.Net.Util.Automaton;
using AutomatonState = Lucene.Net.Util.Automaton.State;

namespace Search.Core.Text;

/// <summary>
/// Every way a word may be spelled in another script, as one automaton over that script's letters, which the term
/// dictionary is intersected with (as a fuzzy or wildcard term is). Built from a table of rewritings (a letter or group of
/// letters to its spellings, "" for none), with what the spelling may add or leave out:
/// <list type="bullet">
/// <item>letters the other script may write with no counterpart (a soft sign, an Arabic alef), at no cost, after the
/// word's first letter;</item>
/// <item>a limited number of letters it may leave unwritten (a Latin vowel in Arabic) or add (a vowel in Latin that
/// Arabic did not write): the budget;</item>
/// <item>an inflection's ending of up to <see cref="MaxEnding"/> letters once the word's stem has been spelled, and a
/// prefix the other script writes onto a word ("and", "the": Arabic و, ال) before it.</item>
/// </list>
/// </summary>
internal static class SpellingAutomaton
{
    public const int MaxEnding = 3;

    /// <param name="word">The word as the index holds it (lower case, normalized).</param>
    /// <param name="rules">Rewritings of the word's letters, each with its spellings in the other script ("" for none).</param>
    /// <param name="stem">How many of the word's letters must be spelled before an ending may start.</param>
    /// <param name="endings">Letters of the other script an ending is made of.</param>
    /// <param name="free">Letters of the other script that may stand anywhere, spelling nothing of the word.</param>
    /// <param name="unwritten">Letters of the word the other script may leave unwritten, each at a cost of one.</param>
    /// <param name="added">Letters of the other script that may stand for nothing of the word, each at a cost of one.</param>
    /// <param name="budget">What may be left unwritten or added, in all.</param>
    /// <param name="prefixes">What the other script may write before the word.</param>
    /// <param name="collapsible">Letters of the word that, doubled, the other script may write once ("Fallon": "فالون").</param>
    /// <param name="silentCosts">Whether a letter of the word spelled as nothing costs one from the budget (an abjad's
    /// letters, which stand for too little already to be left out freely).</param>
    public static Automaton Build(string word, IReadOnlyList<(string From, string[] To)> rules, int stem, string endings,
        string free, string unwritten, string added, int budget, IReadOnlyList<string> prefixes, string collapsible = "", bool silentCosts = false)
    {
        var n = word.Length;
        var states = new AutomatonState[n + 1, budget + 1];
        for (var i = 0; i <= n; i++)
        {
            for (var u = 0; u <= budget; u++)
            {
                states[i, u] = new AutomatonState();
            }
        }
        var ending = EndingChain(endings);
        var epsilons = new List<StatePair>();
        for (var i = 0; i <= n; i++)
        {
            for (var u = 0; u <= budget; u++)
            {
                var state = states[i, u];
                if (i >= stem)
                {
                    epsilons.Add(new StatePair(state, ending));
                }
                // Not before the word's first letter: a silent letter there would let a word start anywhere ("هذا" for "Diess").
                foreach (var c in i == 0 ? "" : free)
                {
                    state.AddTransition(new Transition(c, state));
                }
                if (u < budget)
                {
                    foreach (var c in added)
                    {
                        state.AddTransition(new Transition(c, states[i, u + 1]));
                    }
                    if (i < n && unwritten.Contains(word[i]))
                    {
                        epsilons.Add(new StatePair(state, states[i + 1, u + 1]));
                    }
                }
                if (i == n)
                {
                    continue;
                }
                if (i > 0 && word[i] == word[i - 1] && collapsible.Contains(word[i]))
                {
                    epsilons.Add(new StatePair(state, states[i + 1, u]));
                }
                foreach (var (from, to) in rules)
                {
                    if (!word.AsSpan(i).StartsWith(from, StringComparison.Ordinal))
                    {
                        continue;
                    }
                    var target = states[i + from.Length, u];
                    foreach (var spelling in to)
                    {
                        if (spelling.Length == 0 && !silentCosts)
                        {
                            epsilons.Add(new StatePair(state, target));
                        }
                        else if (spelling.Length == 0 && u < budget)
                        {
                            epsilons.Add(new StatePair(state, states[i + from.Length, u + 1]));
                        }
                        else if (spelling.Length > 0)
                        {
                            Spell(state, spelling, target);
                        }
                    }
                }
            }
        }
        var start = new AutomatonState();
        epsilons.Add(new StatePair(start, states[0, 0]));
        foreach (var prefix in prefixes)
        {
            Spell(start, prefix, states[0, 0]);
        }
        var automaton = new Automaton(start) { IsDeterministic = false };
        BasicOperations.AddEpsilons(automaton, epsilons);
        MinimizationOperations.Minimize(automaton);
        return automaton;
    }

    // Accepting states for an ending of 0 to MaxEnding letters.
    private static AutomatonState EndingChain(string endings)
    {
        var first = new AutomatonState { Accept = true };
        var previous = first;
        for (var k = 0; k < MaxEnding && endings.Length > 0; k++)
        {
            var next = new AutomatonState { Accept = true };
            foreach (var c in endings.Distinct())
            {
                previous.AddTransition(new Transition(c, next));
            }
            previous = next;
        }
        return first;
    }

    private static void Spell(AutomatonState from, string spelling, AutomatonState to)
    {
        var current = from;
        for (var k = 0; k < spelling.Length; k++)
        {
            var next = k == spelling.Length - 1 ? to : new AutomatonState();
            current.AddTransition(new Transition(spelling[k], next));
            current = next;
        }
    }
}
