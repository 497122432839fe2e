using System.Globalization;
using System.Text;
using System.Text.Json;
using Search.Core.Enrichment;
using Search.Core.Ingest;

namespace Search.Training;

/// <summary>
/// Scores HTML extraction on trafilatura's evaluation pages (<c>tests/eval/*.html</c> and <c>tests/evaldata.json</c> of
/// github.com/adbar/trafilatura, Apache-2.0): per page, snippets that must appear in the body, snippets that must not,
/// and the author. The pages are read from a checkout, never copied into this repository.
/// </summary>
public static class HtmlEvaluation
{
    public sealed record PageResult(string File, int With, int WithFound, int Without, int WithoutPresent, string? GoldAuthor, bool AuthorRight, bool Empty);

    public static List<PageResult> Run(string trafilaturaTests, ArticleEnricher enricher, TextWriter? details = null)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(trafilaturaTests, "evaldata.json")));
        var results = new List<PageResult>();
        foreach (var entry in json.RootElement.EnumerateObject())
        {
            var file = entry.Value.GetProperty("file").GetString()!;
            var path = Path.Combine(trafilaturaTests, "eval", file);
            if (!File.Exists(path))
            {
                continue;
            }
            var html = File.ReadAllText(path);
            var doc = HtmlPageReader.Parse(html, file);
            var article = doc is null ? null : enricher.Enrich(doc);
            var text = Normalize(article?.Text ?? "");
            var with = Strings(entry.Value, "with");
            var without = Strings(entry.Value, "without");
            var found = with.Count(s => text.Contains(Normalize(s), StringComparison.Ordinal));
            var present = without.Count(s => text.Contains(Normalize(s), StringComparison.Ordinal));
            var goldAuthor = entry.Value.TryGetProperty("author", out var a)
                ? a.ValueKind == JsonValueKind.Array ? string.Join("; ", a.EnumerateArray().Select(x => x.GetString())) : a.GetString()
                : null;
            goldAuthor = string.IsNullOrWhiteSpace(goldAuthor) ? null : goldAuthor;
            var authorRight = goldAuthor is not null && article is not null && AuthorMatches(article.Authors, goldAuthor);
            var result = new PageResult(file, with.Count, found, without.Count, present, goldAuthor, authorRight, article is null);
            results.Add(result);
            if (details is not null && (found < with.Count || present > 0 || (goldAuthor is not null && !authorRight)))
            {
                details.WriteLine($"{file}: with {found}/{with.Count}, without present {present}/{without.Count}, author '{string.Join("; ", article?.Authors ?? [])}' vs '{goldAuthor}'");
                foreach (var s in with.Where(s => !text.Contains(Normalize(s), StringComparison.Ordinal)))
                {
                    details.WriteLine($"    missing: {s}");
                }
                foreach (var s in without.Where(s => text.Contains(Normalize(s), StringComparison.Ordinal)))
                {
                    details.WriteLine($"    present: {s}");
                }
            }
        }
        return results;
    }

    public static void Report(List<PageResult> results, TextWriter output)
    {
        var with = results.Sum(r => r.With);
        var without = results.Sum(r => r.Without);
        var authored = results.Where(r => r.GoldAuthor is not null).ToList();
        output.WriteLine($"pages: {results.Count}; no text: {results.Count(r => r.Empty)}");
        output.WriteLine($"must-appear snippets found: {results.Sum(r => r.WithFound)}/{with} = {(double)results.Sum(r => r.WithFound) / with:P1}");
        output.WriteLine($"must-not-appear snippets present: {results.Sum(r => r.WithoutPresent)}/{without} = {(double)results.Sum(r => r.WithoutPresent) / without:P1}");
        output.WriteLine($"author right: {authored.Count(r => r.AuthorRight)}/{authored.Count} = {(double)authored.Count(r => r.AuthorRight) / authored.Count:P1}");
    }

    /// <summary>Right when one of the found authors is the gold author (or the gold list's first), ignoring case, accents and spacing.</summary>
    public static bool AuthorMatches(IReadOnlyList<string> found, string gold)
    {
        // The gold string may list several people ("A und B", "A; B") and keep the byline's "Von".
        var golds = System.Text.RegularExpressions.Regex.Split(gold, @"\s*(?:;|,|\bund\b|\band\b|&)\s*")
            .Select(g => System.Text.RegularExpressions.Regex.Replace(g, @"^(?:von|by)\s+", "", System.Text.RegularExpressions.RegexOptions.IgnoreCase))
            .Where(g => g.Length > 0).Select(Key).ToHashSet();
        return found.Count > 0 && found.Select(Key).Any(f => golds.Contains(f) || golds.Any(g => g.Length > 3 && (f.Contains(g) || g.Contains(f))));
    }

    private static string Key(string name) =>
        new(name.Replace("ß", "ss").Normalize(NormalizationForm.FormD).Where(c => char.IsLetter(c) && CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark).Select(char.ToLowerInvariant).ToArray());

    private static List<string> Strings(JsonElement e, string name) =>
        e.TryGetProperty(name, out var list) ? list.EnumerateArray().Select(x => x.GetString() ?? "").Where(s => s.Length > 0).ToList() : [];

    private static string Normalize(string text)
    {
        var sb = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text.Normalize(NormalizationForm.FormC))
        {
            var ch = c is '\u00A0' ? ' ' : c is '’' or '‘' ? '\'' : c is '“' or '”' ? '"' : c;
            if (char.IsWhiteSpace(ch))
            {
                space = true;
                continue;
            }
            if (space && sb.Length > 0)
            {
                sb.Append(' ');
            }
            space = false;
            sb.Append(ch);
        }
        return sb.ToString();
    }
}
