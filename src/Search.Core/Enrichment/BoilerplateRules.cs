using System.Text.Json;
using System.Text.RegularExpressions;

namespace Search.Core.Enrichment;

/// <summary>
/// Patterns from <c>Data/boilerplate.json</c>: <c>noise</c> lines are dropped wherever they stand (share and cookie
/// notices, "Read more", ads); <c>endOfArticle</c> lines end the article (comments, related stories, footers).
/// </summary>
public sealed class BoilerplateRules
{
    private readonly Regex[] _noise;
    private readonly Regex[] _end;

    public BoilerplateRules(IEnumerable<string> noise, IEnumerable<string> endOfArticle)
    {
        _noise = Combine(noise);
        _end = Combine(endOfArticle);
    }

    public static BoilerplateRules Load(string path)
    {
        using var json = JsonDocument.Parse(File.ReadAllBytes(path), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        static IEnumerable<string> List(JsonElement root, string name) =>
            root.TryGetProperty(name, out var a) ? a.EnumerateArray().Select(e => e.GetString()!).ToList() : [];
        return new BoilerplateRules(List(json.RootElement, "noise"), List(json.RootElement, "endOfArticle"));
    }

    public bool IsNoise(string line) => Matches(_noise, line);

    public bool EndsArticle(string line) => Matches(_end, line);

    private static bool Matches(Regex[] regexes, string line)
    {
        foreach (var regex in regexes)
        {
            if (regex.IsMatch(line))
            {
                return true;
            }
        }
        return false;
    }

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking;

    // As few linear-time (non-backtracking) automata as the patterns allow: patterns are joined while the automaton stays
    // within .NET's size limit, then a new one starts (word lists in many scripts make large automata).
    private static Regex[] Combine(IEnumerable<string> patterns)
    {
        var regexes = new List<Regex>();
        var chunk = new List<string>();
        foreach (var pattern in patterns)
        {
            if (chunk.Count > 0 && TryBuild([.. chunk, pattern]) is null)
            {
                regexes.Add(TryBuild(chunk)!);
                chunk.Clear();
            }
            chunk.Add(pattern);
        }
        if (chunk.Count > 0)
        {
            regexes.Add(TryBuild(chunk) ?? new Regex(chunk[0], Options));
        }
        return [.. regexes];
    }

    private static Regex? TryBuild(List<string> patterns)
    {
        try
        {
            var regex = new Regex(string.Join('|', patterns.Select(p => $"(?:{p})")), Options);
            regex.IsMatch("");
            return regex;
        }
        catch (NotSupportedException)
        {
            return null;
        }
    }
}
