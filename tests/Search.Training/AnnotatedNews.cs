using System.Text.Json;
using Search.Core.Enrichment;
using Search.Core.Ingest;

namespace Search.Training;

/// <summary>
/// Scores people and countries on news articles annotated by hand (<c>annotated/news-people-countries.json</c>): the
/// article is read from its HTML page the way the indexer reads it, and the people and countries enrichment finds are
/// compared with the annotation, article by article. A gold person may list spellings ("Michael R. Bloomberg|Michael
/// Bloomberg"): any of them counts.
/// </summary>
public static class AnnotatedNews
{
    /// <summary>Spelling differences that are not different names: case, accents, the dot of an initial ("Jr." and "Jr").</summary>
    private static string Key(string name) => PersonNameData.Key(name).Replace(".", "");

    public static (Scores People, Scores Countries) Run(string annotationFile, string pagesDir, ArticleEnricher enricher, TextWriter? errors = null)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(annotationFile));
        var people = new Scores();
        var countries = new Scores();
        foreach (var entry in json.RootElement.GetProperty("articles").EnumerateArray())
        {
            var file = entry.GetProperty("file").GetString()!;
            var doc = HtmlPageReader.Parse(File.ReadAllText(Path.Combine(pagesDir, file)), file);
            if (doc is null)
            {
                throw new InvalidDataException($"{file}: no article text (the annotation was made on the extracted text)");
            }
            var article = enricher.Enrich(doc);
            var goldPeople = entry.GetProperty("people").EnumerateArray().Select(p => p.GetString()!.Split('|').Select(Key).ToList()).ToList();
            var found = article.People.Select(p => Key(p.Name)).ToHashSet();
            // Each found name is matched to the gold person one of whose spellings it is.
            var matched = found.Select(f => goldPeople.FindIndex(g => g.Contains(f))).ToList();
            var predictedSet = found.Zip(matched, (f, m) => m >= 0 ? "#" + m : f).ToHashSet();
            var goldSet = Enumerable.Range(0, goldPeople.Count).Select(i => "#" + i).ToHashSet();
            people.Add(predictedSet, goldSet);
            var goldCountries = entry.GetProperty("countries").EnumerateArray().Select(c => c.GetString()!).ToHashSet();
            var foundCountries = article.Countries.Select(c => c.Code).ToHashSet();
            countries.Add(foundCountries, goldCountries);
            if (errors is not null)
            {
                var missed = goldSet.Except(predictedSet).Select(g => goldPeople[int.Parse(g[1..])][0]);
                var wrong = predictedSet.Where(p => !p.StartsWith('#'));
                errors.WriteLine($"{file}: people missed [{string.Join(", ", missed)}] wrong [{string.Join(", ", wrong)}]; countries missed [{string.Join(", ", goldCountries.Except(foundCountries))}] wrong [{string.Join(", ", foundCountries.Except(goldCountries))}]");
            }
        }
        return (people, countries);
    }
}
