using System.Globalization;
using System.Text.RegularExpressions;
using Search.Core.Ingest;

namespace Search.Core.Enrichment;

/// <summary>
/// One value per person, from whatever a source calls its authors: a whole by-line is split ("By A and B, Agency" →
/// A, B), "By" and roles are cut ("Staff Writer", "Editor-at-large", "Associated Press Writer": the role words are in
/// <c>author-roles.txt</c>), an agency or outlet the registry knows becomes a credit (cited, not an author), the
/// article's own outlet and site are dropped, capitals are put in name case ("JANE DOE" → "Jane Doe"), credits run
/// together are split at the change of case ("JANE DOEReuters"), and what is no name is left out: handles, e-mail
/// addresses, a lone word, a number.
/// </summary>
public sealed partial class AuthorNames(OutletRegistry registry, IReadOnlySet<string> roles)
{
    // "DOEReuters": capitals, then a capitalised word glued on.
    [GeneratedRegex(@"(?<=\p{Lu}{2})(?=\p{Lu}\p{Ll}{2,})")]
    private static partial Regex GluedCredit();

    [GeneratedRegex(@"\s+(?:AND|And|UND|Und|ET|Et|Y)\s+")]
    private static partial Regex AndWord();

    [GeneratedRegex(@"[@\d]|://|^#")]
    private static partial Regex NotAName();

    [GeneratedRegex(@"[\s\-]+")]
    private static partial Regex WordBreak();

    public (IReadOnlyList<string> Authors, IReadOnlyList<string> Credits) Clean(IEnumerable<string> values, string? outlet, string? site)
    {
        var authors = new List<string>();
        var credits = new List<string>();
        foreach (var value in values)
        {
            // "By A And B For The Outlet": joining words in any case.
            var byline = AndWord().Replace(value, " and ");
            foreach (var piece in GluedCredit().Split(byline))
            {
                // Every outlet the registry knows in a by-line ("…, Reuters", "AFP", "Associated Press Writer") is a credit.
                foreach (var match in registry.FindIn(piece))
                {
                    if (!IsOwn(match.Outlet.Name, outlet, site) && !credits.Contains(match.Outlet.Name))
                    {
                        credits.Add(match.Outlet.Name);
                    }
                }
                if (registry.FindByName(piece.Trim()) is not null)
                {
                    continue;
                }
                var parts = BylineFinder.Names(piece);
                foreach (var part in parts.Count > 0 ? parts : [piece.Trim()])
                {
                    if (registry.FindByName(part) is not null || IsOwn(part, outlet, site))
                    {
                        continue;
                    }
                    if (WithoutRoles(part) is { } name && !authors.Contains(name, StringComparer.OrdinalIgnoreCase))
                    {
                        authors.Add(name);
                    }
                }
            }
        }
        return (authors, credits);
    }

    // The article's own outlet or site, however spelled ("El Colombiano" for ElColombiano.com), or a by-line part that
    // carries its name ("Redakcja Forsal.pl", "Polityka Insight").
    private static bool IsOwn(string part, string? outlet, string? site) => Names(outlet, part) || Names(site, part);

    private static bool Names(string? outlet, string part)
    {
        var own = Letters(outlet);
        var value = Letters(part);
        if (own.Length < 3 || value.Length == 0)
        {
            return false;
        }
        var ownWords = (outlet ?? "").Split(' ', '-').Where(w => w.Length >= 4).Select(Letters).ToHashSet();
        // A short name inside a long outlet name is chance ("Li Na" in "Carolina Times"); a long one is the outlet ("Washington Post").
        return value == own || value.Contains(own, StringComparison.Ordinal) || (value.Length >= 8 && own.Contains(value, StringComparison.Ordinal))
            || part.Split(' ', '-').Select(Letters).Any(ownWords.Contains);
    }

    // Letters only, lower-cased, without a web address's ending: "ElColombiano.com" → "elcolombiano".
    private static string Letters(string? name)
    {
        var text = (name ?? "").ToLowerInvariant();
        foreach (var ending in new[] { ".com", ".de", ".pl", ".ch", ".at", ".fr", ".es", ".it", ".uk", ".net", ".org" })
        {
            if (text.EndsWith(ending, StringComparison.Ordinal))
            {
                text = text[..^ending.Length];
            }
        }
        return new string(text.Where(char.IsLetter).ToArray());
    }

    // The name without the role words after it, nor an outlet's name before them ("Associated Press Writer").
    private string? WithoutRoles(string part)
    {
        if (NotAName().IsMatch(part))
        {
            return null;
        }
        var words = part.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        var firstRole = words.FindIndex(IsRole);
        if (firstRole >= 0)
        {
            var known = registry.FindIn(string.Join(' ', words.Take(firstRole))).FirstOrDefault();
            words = words.Take(known.Outlet is null ? firstRole : Math.Min(firstRole, WordIndex(words, known.Index))).ToList();
        }
        // A lone word is no name, except in the scripts that write a full name without a space ("习近平", "김정은").
        var unspaced = words.Count == 1 && words[0].Length is >= 2 and <= 10 && words[0].All(c => c is >= '\u3040' and <= '\u9fff' or >= '\uac00' and <= '\ud7af');
        if ((words.Count < 2 && !unspaced) || words.Count > 5 || words.All(IsRole))
        {
            return null;
        }
        return NameCase(string.Join(' ', words));
    }

    private bool IsRole(string word) => WordBreak().Split(word.Trim('.', ',', ':', '(', ')').ToLowerInvariant()).All(w => w.Length == 0 || roles.Contains(w));

    private static int WordIndex(List<string> words, int charIndex)
    {
        var at = 0;
        for (var i = 0; i < words.Count; i++)
        {
            if (at >= charIndex)
            {
                return i;
            }
            at += words[i].Length + 1;
        }
        return words.Count;
    }

    // A name written in capitals, in name case: "JEAN-PAUL O'NEILL" → "Jean-Paul O'Neill". Mixed case is kept as written.
    private static string NameCase(string name)
    {
        if (name.Any(char.IsLower) || !name.Any(char.IsLetter))
        {
            return name;
        }
        var chars = CultureInfo.InvariantCulture.TextInfo.ToLower(name).ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (i == 0 || chars[i - 1] is ' ' or '-' or '\'' or '’')
            {
                chars[i] = char.ToUpperInvariant(chars[i]);
            }
        }
        return new string(chars);
    }
}
