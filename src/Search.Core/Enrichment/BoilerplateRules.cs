using System.Text.Json;
using System.Text.RegularExpressions;

namespace Search.Core.Enrichment;

/// <summary>
/// Patterns from <c>Data/boilerplate.json</c>: <c>noise</c> lines are dropped wherever they stand (share and cookie
/// notices, "Read more", ads); <c>endOfArticle</c> lines end the article (comments, related stories, footers).
/// </summary>
public sealed class BoilerplateRules
{
    private readonly Regex _noise;
    private readonly Regex _end;

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

    public bool IsNoise(string line) => _noise.IsMatch(line);

    public bool EndsArticle(string line) => _end.IsMatch(line);

    private static Regex Combine(IEnumerable<string> patterns)
    {
        var list = patterns.ToList();
        return list.Count == 0
            ? new Regex("(?!)")
            : new Regex(string.Join('|', list.Select(p => $"(?:{p})")), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);
    }
}
