using System.Text.RegularExpressions;
using Lucene.Net.Search;

namespace Search.Core.Highlighting;

/// <summary>
/// A prefix, wildcard or fuzzy clause as highlighting reads it: its field, a key naming it (for caches), the literal
/// start every term it matches shares (where the term dictionary is sought), and its test, made when first needed.
/// </summary>
internal sealed record TermPattern(string Field, string Key, string Prefix, Lazy<Func<string, bool>> Test)
{
    public bool Matches(string term) => Test.Value(term);

    public static TermPattern? From(Query query) => query switch
    {
        FuzzyQuery f => Fuzzy(f),
        PrefixQuery p => new TermPattern(p.Field, "*\0" + p.Prefix.Text, p.Prefix.Text,
            new(() => s => s.StartsWith(p.Prefix.Text, StringComparison.Ordinal))),
        WildcardQuery w => Wildcard(w),
        _ => null,
    };

    private static TermPattern Fuzzy(FuzzyQuery f)
    {
        var target = f.Term.Text;
        var edits = f.MaxEdits;
        return new TermPattern(f.Field, $"~{edits}\0{f.PrefixLength}\0{target}", target[..Math.Min(f.PrefixLength, target.Length)],
            new(() => s => Levenshtein.Within(s, target, edits)));
    }

    private static TermPattern Wildcard(WildcardQuery w)
    {
        var literal = w.Term.Text;
        var wild = literal.IndexOfAny(['*', '?']);
        return new TermPattern(w.Field, "?\0" + literal, wild < 0 ? literal : literal[..wild], new(() =>
        {
            var regex = new Regex("^" + Regex.Escape(literal).Replace(@"\*", ".*").Replace(@"\?", ".") + "$", RegexOptions.CultureInvariant);
            return s => regex.IsMatch(s);
        }));
    }
}
