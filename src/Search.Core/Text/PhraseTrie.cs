namespace Search.Core.Text;

/// <summary>
/// Multi-word phrases keyed by their words, matched longest-first over a token list in one pass
/// (the gazetteer's and the name lists' matcher: no regular expression per entry).
/// </summary>
public sealed class PhraseTrie<T>
{
    private sealed class Node
    {
        public Dictionary<string, Node>? Next;
        public bool HasValue;
        public T Value = default!;
    }

    private readonly Node _root = new();
    private readonly StringComparer _comparer;

    public PhraseTrie(StringComparer comparer) => _comparer = comparer;

    public void Add(IReadOnlyList<string> words, T value, bool overwrite = false)
    {
        var node = _root;
        foreach (var w in words)
        {
            node.Next ??= new Dictionary<string, Node>(_comparer);
            if (!node.Next.TryGetValue(w, out var child))
            {
                child = new Node();
                node.Next[w] = child;
            }
            node = child;
        }
        if (!node.HasValue || overwrite)
        {
            node.Value = value;
            node.HasValue = true;
        }
    }

    /// <summary>The longest phrase starting at <paramref name="start"/>: its value and how many tokens it spans (0 when none).</summary>
    public (T Value, int Length) LongestAt(IReadOnlyList<WordToken> tokens, int start, Func<WordToken, string>? key = null)
    {
        var node = _root;
        var best = (Value: default(T)!, Length: 0);
        for (var i = start; i < tokens.Count; i++)
        {
            if (node.Next is null || !node.Next.TryGetValue(key?.Invoke(tokens[i]) ?? tokens[i].Text, out var child))
            {
                break;
            }
            node = child;
            if (node.HasValue)
            {
                best = (node.Value, i - start + 1);
            }
            // A possessive ends a phrase: "Israel’s Defense" is not one name.
            if (tokens[i].Possessive)
            {
                break;
            }
        }
        return best;
    }

    public bool Contains(IReadOnlyList<string> words)
    {
        var node = _root;
        foreach (var w in words)
        {
            if (node.Next is null || !node.Next.TryGetValue(w, out node))
            {
                return false;
            }
        }
        return node.HasValue;
    }

    public static string[] Words(string phrase) =>
        WordTokenizer.Tokenize(phrase).Select(t => t.Text).ToArray();
}
