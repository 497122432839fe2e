using System.Globalization;
using System.Text;
using System.Text.Json;
using Search.Core.Enrichment;
using Search.Core.Ingest;

namespace Search.Training;

/// <summary>
/// Outlet, publication date and authors on the hand-annotated news pages (<c>annotated/news-metadata.json</c>, read
/// from a trafilatura checkout's <c>eval/</c>): how often each field is given and right, dates also within a day (time
/// zones), and how many author values are the by-line's people.
/// </summary>
public static class MetadataEvaluation
{
    public static void Run(string annotations, string pagesDir, ArticleEnricher enricher, TextWriter report, TextWriter? errors)
    {
        using var json = JsonDocument.Parse(File.ReadAllBytes(annotations));
        int pages = 0, outletGiven = 0, outletRight = 0, dateGiven = 0, dateRight = 0, dateNear = 0, authorsExact = 0, values = 0, valuesRight = 0, gold = 0, found = 0;
        foreach (var page in json.RootElement.GetProperty("pages").EnumerateArray())
        {
            var file = page.GetProperty("file").GetString()!;
            var path = Path.Combine(pagesDir, file);
            if (!File.Exists(path))
            {
                errors?.WriteLine($"missing page: {file}");
                continue;
            }
            pages++;
            var (html, _) = SourceFile.ReadText(path, file);
            var doc = html is null ? null : HtmlPageReader.Parse(html, file);
            var article = doc is null ? null : enricher.Enrich(doc);
            var outlets = page.GetProperty("outlet").EnumerateArray().Select(o => Norm(o.GetString())).ToHashSet();
            if (article?.Outlet is { } outlet)
            {
                outletGiven++;
                if (outlets.Contains(Norm(outlet)))
                {
                    outletRight++;
                }
                else
                {
                    errors?.WriteLine($"outlet {file}: {outlet} (annotated {string.Join(" | ", outlets)})");
                }
            }
            var expected = page.GetProperty("published").GetString() is { } d ? DateOnly.Parse(d, CultureInfo.InvariantCulture) : (DateOnly?)null;
            var published = article?.Published;
            dateGiven += published is null ? 0 : 1;
            if (published == expected)
            {
                dateRight++;
                dateNear++;
            }
            else
            {
                dateNear += published is { } p && expected is { } e && Math.Abs(p.DayNumber - e.DayNumber) <= 1 ? 1 : 0;
                errors?.WriteLine($"date {file}: {published?.ToString("yyyy-MM-dd") ?? "none"} (annotated {expected?.ToString("yyyy-MM-dd") ?? "none"})");
            }
            var people = page.GetProperty("authors").EnumerateArray().Select(a => Norm(a.GetString())).ToHashSet();
            var authors = (article?.Authors ?? []).Select(Norm).ToList();
            authorsExact += people.SetEquals(authors) ? 1 : 0;
            values += authors.Count;
            valuesRight += authors.Count(people.Contains);
            gold += people.Count;
            found += people.Count(authors.Contains);
            if (!people.SetEquals(authors))
            {
                errors?.WriteLine($"authors {file}: {string.Join("; ", article?.Authors ?? [])} (annotated {string.Join("; ", people)})");
            }
        }
        string Share(int n) => pages == 0 ? "-" : (n / (double)pages).ToString("P1", CultureInfo.InvariantCulture);
        report.WriteLine($"{pages} pages: outlet given {Share(outletGiven)}, right {Share(outletRight)}; date given {Share(dateGiven)}, right {Share(dateRight)} " +
                         $"(within a day {Share(dateNear)}); authors exactly right {Share(authorsExact)}, author values that are the by-line's people " +
                         $"{(values == 0 ? 0 : valuesRight / (double)values).ToString("P1", CultureInfo.InvariantCulture)} of {values}, people found " +
                         $"{(gold == 0 ? 0 : found / (double)gold).ToString("P1", CultureInfo.InvariantCulture)} of {gold}");
    }

    // Case, a leading "The", a trailing full stop and Unicode forms do not tell names apart.
    private static string Norm(string? name)
    {
        var s = (name ?? "").Normalize(NormalizationForm.FormC).Trim().TrimEnd('.').ToLowerInvariant();
        return s.StartsWith("the ", StringComparison.Ordinal) ? s[4..] : s;
    }
}
