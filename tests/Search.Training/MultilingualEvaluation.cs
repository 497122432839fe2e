using System.Diagnostics;
using System.Text.Json;
using Search.Core.Enrichment;
using Search.Core.Indexing;
using Search.Core.Searching;

namespace Search.Training;

/// <summary>
/// The multilingual dev set: the news excerpts of the Parallel Universal Dependencies treebanks (the same 1,000
/// sentences translated into each language; the ones whose document id starts with "n" come from news), one article per
/// document and language, indexed together as a mixed archive. Measured:
/// <list type="bullet">
/// <item>the language label against the treebank's language;</item>
/// <item>the countries of each translation against those of the English original (the same story names the same
/// countries);</item>
/// <item>names across scripts: each surname of a person tagged in the English original, searched as typed in Latin
/// letters, among the articles of each language — is the translation of the same document found, and how many of the
/// articles found are translations of a document whose English original names the surname.</item>
/// </list>
/// </summary>
public static class MultilingualEvaluation
{
    private sealed record Story(string Language, string Document, string Text);

    public static void Run(IEnumerable<string> files, EnrichmentData data, TextWriter output, TextWriter? errors = null)
    {
        var stories = files.SelectMany(Read).ToList();
        var corpus = Directory.CreateTempSubdirectory("pud-corpus").FullName;
        var index = Directory.CreateTempSubdirectory("pud-index").FullName;
        File.WriteAllLines(Path.Combine(corpus, "pud.jsonl"), stories.Select(s => JsonSerializer.Serialize(new { id = Id(s), text = s.Text })));
        var clock = Stopwatch.StartNew();
        new ArticleIndexer(new ArticleEnricher(data)).Run([corpus], index, new IndexRunOptions());
        var seconds = clock.Elapsed.TotalSeconds;
        var megabytes = stories.Sum(s => System.Text.Encoding.UTF8.GetByteCount(s.Text)) / 1e6;
        output.WriteLine($"{stories.Count} articles in {stories.Select(s => s.Language).Distinct().Count()} languages, {megabytes:0.0} MB of text: indexed in {seconds:0.0} s ({stories.Count / seconds:0} articles/s, {megabytes / seconds:0.00} MB/s)");
        output.WriteLine();
        using var searcher = new ArticleSearcher(index, data);
        var articles = stories.ToDictionary(Id, s => searcher.Get(Id(s))!.Article);
        var english = stories.Where(s => s.Language == "en").ToDictionary(s => s.Document, s => articles[Id(s)]);

        output.WriteLine("| language | articles | language right | countries of the English original found | countries not in it | people of the English original, same facet value | surnames searched in Latin letters: translation found | articles found that are right |");
        output.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        int all = 0, allRight = 0;
        foreach (var group in stories.GroupBy(s => s.Language).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var language = group.Key;
            var right = group.Count(s => articles[Id(s)].Labels.GetValueOrDefault("language") == language);
            int expected = 0, found = 0, extra = 0, people = 0, samePeople = 0;
            foreach (var story in group.Where(s => english.ContainsKey(s.Document)))
            {
                var englishPeople = english[story.Document].People.Select(p => p.Name).ToList();
                var translated = articles[Id(story)].People.Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
                people += englishPeople.Count;
                samePeople += englishPeople.Count(translated.Contains);
                var reference = english[story.Document].Countries.Select(c => c.Code).ToHashSet();
                var tagged = articles[Id(story)].Countries.Select(c => c.Code).ToHashSet();
                expected += reference.Count;
                found += tagged.Count(reference.Contains);
                extra += tagged.Count(c => !reference.Contains(c));
                foreach (var c in tagged.Where(c => !reference.Contains(c)))
                {
                    errors?.WriteLine($"  {language} {story.Document}: {c} not in the original: {story.Text[..Math.Min(160, story.Text.Length)]}");
                }
                foreach (var c in reference.Where(c => !tagged.Contains(c)))
                {
                    errors?.WriteLine($"  {language} {story.Document}: {c} missed: {story.Text[..Math.Min(160, story.Text.Length)]}");
                }
            }
            var (searched, translationFound, hits, hitsRight) = language == "en" ? (0, 0, 0, 0) : Names(searcher, english, language, errors);
            output.WriteLine($"| {language} | {group.Count()} | {Percent(right, group.Count())} | {Percent(found, expected)} of {expected} | {extra} | {Percent(samePeople, people)} of {people} | " +
                $"{(searched == 0 ? "—" : $"{Percent(translationFound, searched)} of {searched}")} | {(hits == 0 ? "—" : $"{Percent(hitsRight, hits)} of {hits}")} |");
            all += group.Count();
            allRight += right;
        }
        output.WriteLine($"| all | {all} | {Percent(allRight, all)} | | | | | |");
    }

    // Each surname of each person tagged in an English original, searched among one language's articles.
    private static (int Searched, int Found, int Hits, int HitsRight) Names(ArticleSearcher searcher, Dictionary<string, Search.Core.Model.Article> english,
        string language, TextWriter? errors)
    {
        var surnames = english.SelectMany(e => e.Value.People.Select(p => (Document: e.Key, Surname: p.Name.Split(' ')[^1])))
            .Where(p => p.Surname.Length >= 3 && p.Surname.All(char.IsLetter)).Distinct().ToList();
        var documentsNaming = surnames.GroupBy(p => p.Surname, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Select(p => p.Document).ToHashSet(), StringComparer.Ordinal);
        int searched = 0, found = 0, hits = 0, hitsRight = 0;
        foreach (var (document, surname) in surnames)
        {
            var result = searcher.Search(new SearchRequest
            {
                Query = surname, Limit = 100, Facets = [], Highlight = false,
                Filters = new Dictionary<string, IReadOnlyList<string>> { ["language"] = [language] },
            });
            var documents = result.Hits.Select(h => h.Article.Id[(language.Length + 1)..]).ToList();
            searched++;
            found += documents.Contains(document) ? 1 : 0;
            if (errors is not null && !documents.Contains(document) && searcher.Get($"{language}-{document}") is { } missed)
            {
                errors.WriteLine($"  {language} {surname} missed in: {missed.Article.Text[..Math.Min(200, missed.Article.Text.Length)]}");
            }
            hits += documents.Count;
            hitsRight += documents.Count(documentsNaming[surname].Contains);
            if (errors is not null && documents.Count(d => !documentsNaming[surname].Contains(d)) is > 0 and var wrong)
            {
                var marked = result.Hits.Where(h => !documentsNaming[surname].Contains(h.Article.Id[(language.Length + 1)..])).Take(2)
                    .Select(h => searcher.Get(h.Article.Id, surname)?.Text?.ToHtml() is { } html && html.IndexOf("<mark>", StringComparison.Ordinal) is >= 0 and var at
                        ? html.Substring(at, Math.Min(40, html.Length - at)) : "?");
                errors.WriteLine($"  {language} {surname}: {wrong} wrong, e.g. {string.Join(" | ", marked)}");
            }
        }
        return (searched, found, hits, hitsRight);
    }

    private static string Id(Story s) => $"{s.Language}-{s.Document}";

    // The news documents of one treebank (newdoc ids starting with "n"), their sentences joined in order.
    private static IEnumerable<Story> Read(string file)
    {
        var language = Path.GetFileName(file).Split('_')[0];
        var sentences = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        string? document = null;
        foreach (var line in File.ReadLines(file))
        {
            if (line.StartsWith("# sent_id = ", StringComparison.Ordinal))
            {
                var id = line["# sent_id = ".Length..].Trim();
                document = id.StartsWith('n') && id.Length > 6 ? id[..6] : null;
            }
            else if (line.StartsWith("# text = ", StringComparison.Ordinal) && document is not null)
            {
                if (!sentences.TryGetValue(document, out var list))
                {
                    sentences[document] = list = [];
                }
                list.Add(line["# text = ".Length..].Trim());
            }
        }
        return sentences.Select(kv => new Story(language, kv.Key, string.Join(' ', kv.Value)));
    }

    private static string Percent(int part, int whole) => whole == 0 ? "—" : $"{100.0 * part / whole:0.0} %";
}
