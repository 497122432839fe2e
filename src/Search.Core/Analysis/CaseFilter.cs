using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace Search.Core.Analysis;

/// <summary>
/// Lower-cases words, except acronyms: a word written in capitals, 2 to 6 letters (dots already joined: "U.S." is
/// "US"), keeps its capitals and is marked a keyword, so the stemmer leaves it alone and the stop list does not take it.
/// "US" and "used" (stemmed "us"), "IT" and "it", "WHO" and "who", "AIDS" and "aids" stay apart. Capitals in a run —
/// three or more capitalised words in a row, or one longer than six letters ("IRAN STRIKES BACK") — are a shouted
/// headline, not acronyms, and are lower-cased like any word.
/// </summary>
public sealed class CaseFilter : TokenFilter
{
    public const int MinAcronym = 2;
    public const int MaxAcronym = 6;
    private const int HeadlineRun = 3;

    private readonly ICharTermAttribute _term;
    private readonly IKeywordAttribute _keyword;
    // Tokens read ahead (a run of capitalised words and the token that ended it), each with whether it is an acronym.
    private readonly Queue<(State State, bool Acronym)> _pending = new();

    public CaseFilter(TokenStream input) : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _keyword = AddAttribute<IKeywordAttribute>();
    }

    /// <summary>Whether a word is written in capitals: two letters or more, every letter upper case.</summary>
    public static bool IsCapitalised(ReadOnlySpan<char> word)
    {
        var letters = 0;
        foreach (var c in word)
        {
            if (char.IsLetter(c))
            {
                if (!char.IsUpper(c))
                {
                    return false;
                }
                letters++;
            }
            else if (!char.IsDigit(c))
            {
                return false;
            }
        }
        return letters >= MinAcronym;
    }

    public override bool IncrementToken()
    {
        if (_pending.Count > 0)
        {
            var (state, acronym) = _pending.Dequeue();
            RestoreState(state);
            Apply(acronym);
            return true;
        }
        if (!m_input.IncrementToken())
        {
            return false;
        }
        // Most words are not in capitals: they pass straight through, with no state captured.
        if (!IsCapitalised(_term.Buffer.AsSpan(0, _term.Length)))
        {
            Apply(acronym: false);
            return true;
        }
        ReadRun();
        var (first, isAcronym) = _pending.Dequeue();
        RestoreState(first);
        Apply(isAcronym);
        return true;
    }

    private void Apply(bool acronym)
    {
        if (acronym)
        {
            _keyword.IsKeyword = true;
            return;
        }
        var buffer = _term.Buffer;
        for (var i = 0; i < _term.Length; i++)
        {
            buffer[i] = char.ToLowerInvariant(buffer[i]);
        }
    }

    public override void Reset()
    {
        base.Reset();
        _pending.Clear();
    }

    // The current token starts a run of capitalised words: reads the run and the token after it, and decides the run
    // as a whole (a headline, or acronyms).
    private void ReadRun()
    {
        var run = new List<(State State, int Length)> { (CaptureState(), _term.Length) };
        State? after = null;
        while (m_input.IncrementToken())
        {
            if (!IsCapitalised(_term.Buffer.AsSpan(0, _term.Length)))
            {
                after = CaptureState();
                break;
            }
            run.Add((CaptureState(), _term.Length));
        }
        var headline = run.Count >= HeadlineRun || run.Any(r => r.Length > MaxAcronym);
        foreach (var (state, _) in run)
        {
            _pending.Enqueue((state, !headline));
        }
        if (after is not null)
        {
            _pending.Enqueue((after, false));
        }
    }
}
