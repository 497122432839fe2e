namespace Search.Core.Analysis;

/// <summary>
/// The exact forms of one text's tokens, as the stemmed analysis saw them before stop words and stemming (term,
/// position increment, offsets), kept per thread and per field so the field's exact copy replays them instead of
/// tokenising the same text again (<see cref="ExactFormsRecorder"/>, <see cref="ReplayedTokenStream"/>).
/// A recording belongs to the text announced with <see cref="Expect"/>; anything else is never replayed.
/// </summary>
public sealed class RecordedTokens
{
    [ThreadStatic] private static Dictionary<string, RecordedTokens>? _byField;

    private char[] _chars = new char[4096];
    private int[] _ends = new int[512];
    private int[] _increments = new int[512];
    private int[] _starts = new int[512];
    private int[] _stops = new int[512];
    private string? _expected;

    /// <summary>This thread's recording for <paramref name="field"/>.</summary>
    public static RecordedTokens For(string field)
    {
        _byField ??= new Dictionary<string, RecordedTokens>(StringComparer.Ordinal);
        if (!_byField.TryGetValue(field, out var tokens))
        {
            tokens = new RecordedTokens();
            _byField[field] = tokens;
        }
        return tokens;
    }

    /// <summary>The text the recording was made of, once complete; null while recording or when unknown.</summary>
    public string? Source { get; private set; }

    public int Count { get; private set; }

    public int FinalOffset { get; private set; }

    /// <summary>The next analysis of this field on this thread is of <paramref name="text"/>.</summary>
    public void Expect(string text) => _expected = text;

    internal void Begin()
    {
        Source = null;
        Count = 0;
        _ends[0] = 0;
        _pending = _expected;
        _expected = null;
    }

    private string? _pending;

    internal void Add(ReadOnlySpan<char> term, int increment, int start, int stop)
    {
        var from = Count == 0 ? 0 : _ends[Count - 1];
        if (from + term.Length > _chars.Length)
        {
            Array.Resize(ref _chars, Math.Max(_chars.Length * 2, from + term.Length));
        }
        if (Count == _ends.Length)
        {
            var size = _ends.Length * 2;
            Array.Resize(ref _ends, size);
            Array.Resize(ref _increments, size);
            Array.Resize(ref _starts, size);
            Array.Resize(ref _stops, size);
        }
        term.CopyTo(_chars.AsSpan(from));
        _ends[Count] = from + term.Length;
        _increments[Count] = increment;
        _starts[Count] = start;
        _stops[Count] = stop;
        Count++;
    }

    internal void Complete(int finalOffset)
    {
        FinalOffset = finalOffset;
        Source = _pending;
        _pending = null;
    }

    public ReadOnlySpan<char> Term(int i) => _chars.AsSpan(i == 0 ? 0 : _ends[i - 1], _ends[i] - (i == 0 ? 0 : _ends[i - 1]));

    public int Increment(int i) => _increments[i];

    public int Start(int i) => _starts[i];

    public int Stop(int i) => _stops[i];
}
