using Search.Core.Enrichment;
using Search.Core.Ingest;
using Search.Core.Model;

namespace Search.Core.Tests.Enrichment;

/// <summary>
/// One person facet value per person across scripts: names in other scripts become the alias file's Latin name, or their
/// usual Latin spelling; the forms of one name in an article are one person. Articles in other languages are tagged by
/// the model trained on many.
/// </summary>
public class PeopleAcrossScriptsTests
{
    private static readonly PeopleAcrossScripts People = new(EnrichmentData.Default.Scripts, EnrichmentData.Default.Names);

    private static List<(string, int)> Latin(params (string Name, int Mentions)[] people) =>
        People.Latin(people.Select(p => new PersonMention(p.Name, p.Mentions)).ToList()).Select(p => (p.Name, p.Mentions)).ToList();

    [Fact]
    public void ANameTheAliasFileKnows_IsItsLatinName_EvenInflected() =>
        // The alias file shows "Alexei Navalny"; the article names him only in the instrumental case.
        Assert.Equal([("Alexei Navalny", 1)], Latin(("Алексеем Навальным", 1)));

    [Fact]
    public void AnotherName_IsSpelledTheUsualWay() =>
        Assert.Equal([("Dmitry Peskov", 1), ("Alexis Tsipras", 2)], Latin(("Дмитрий Песков", 1), ("Αλέξης Τσίπρας", 2)));

    [Fact]
    public void TheFormsOfOneName_AreOnePerson_ShownInTheShortest() =>
        Assert.Equal([("Dmitry Peskov", 3)], Latin(("Дмитрия Пескова", 2), ("Дмитрий Песков", 1)));

    [Fact]
    public void LatinNames_AreLeftAlone()
    {
        var people = new List<PersonMention> { new("Olaf Scholz", 2) };
        Assert.Same(people, People.Latin(people));
    }

    [Fact]
    public void AnArticleInAnotherLanguage_IsTaggedByTheModelTrainedOnMany()
    {
        // The English model takes the German "Präsidenten" (president) into the name.
        var article = new ArticleEnricher(EnrichmentData.Default).Enrich(new SourceDocument { Source = "a.txt", Kind = TextKind.ArticleText,
            Text = "Bundeskanzler Olaf Scholz traf am Dienstag den französischen Präsidenten Emmanuel Macron in Berlin. Scholz sagte nach dem Treffen, die Gespräche würden fortgesetzt." });
        Assert.Equal("de", article.Labels["language"]);
        Assert.Equal(["Emmanuel Macron", "Olaf Scholz"], article.People.Select(p => p.Name).Order());
    }
}
