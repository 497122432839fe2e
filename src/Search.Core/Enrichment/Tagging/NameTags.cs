using Search.Core.Text;
namespace Search.Core.Enrichment.Tagging;

/// <summary>
/// The tagger's labels: BIO tags for people (PER), organisations (ORG) and places (LOC). Organisations and places are
/// tagged so that they stop being taken for people; only PER spans become the person facet.
/// </summary>
public static class NameTags
{
    public const int O = 0;
    public const int Count = 7;

    private static readonly string[] Names = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC"];

    public static string Name(int tag) => Names[tag];

    /// <summary>A tag by name ("B-PER"); anything else is O.</summary>
    public static int Parse(string name) => Array.IndexOf(Names, name) is var i and >= 0 ? i : O;

    /// <summary>The entity kind of a tag ("PER"), or null for O.</summary>
    public static string? Kind(int tag) => tag == O ? null : Names[tag][2..];

    public static bool IsBegin(int tag) => tag is 1 or 3 or 5;

    public static bool IsInside(int tag) => tag is 2 or 4 or 6;

    /// <summary>Whether a tag may follow the previous one: I-X only after B-X or I-X, and never across punctuation.</summary>
    public static bool Allowed(int tag, int previous, WordToken token) =>
        !IsInside(tag) || (token.Joined && (previous == tag || previous == tag - 1));

    /// <summary>The best-scoring tag that may follow the previous one (O always may).</summary>
    public static int Best(ReadOnlySpan<float> scores, int previous, WordToken token)
    {
        var best = O;
        for (var t = 1; t < Count; t++)
        {
            if (scores[t] > scores[best] && Allowed(t, previous, token))
            {
                best = t;
            }
        }
        return best;
    }

    /// <summary>
    /// A name never runs across punctuation or a sentence end ("Elizabeth Warren, Bernie Sanders" is two): an I- tag
    /// on a token not joined to the one before becomes the B- tag of its kind.
    /// </summary>
    public static int Constrain(int tag, WordToken token) => IsInside(tag) && !token.Joined ? tag - 1 : tag;
}
