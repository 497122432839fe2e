using Search.Core.Enrichment;
using Search.Core.Ingest;

namespace Search.Core.Tests.Enrichment;

/// <summary>Countries named in an article's own language are tagged, inflected forms included.</summary>
public class CountryNamesByLanguageTests
{
    private static readonly ArticleEnricher Enricher = new(EnrichmentData.Default);

    private static List<string> Countries(string text) =>
        Enricher.Enrich(new SourceDocument { Source = "a.txt", Text = text, Kind = TextKind.ArticleText }).Countries.Select(c => c.Code).Order().ToList();

    public static readonly TheoryData<string, string[]> Articles = new()
    {
        { "Die Flüchtlinge aus Syrien kamen am Dienstag in Hamburg an. Die Regierung Russlands wies die Vorwürfe zurück, sagte der Minister.", ["RU", "SY"] },
        { "Переговоры о Сирии продолжатся на следующей неделе, заявили в Кремле. Отношения с Россией остаются напряжёнными, сказал министр.", ["RU", "SY"] },
        { "قال الوزير إن المفاوضات بين العراق وسوريا ستستمر الأسبوع المقبل رغم الضربات الأخيرة في المنطقة.", ["IQ", "SY"] },
        { "同社は火曜日、シリアとドイツで新しいサービスを始めると発表した。利用者は来月から使えるという。", ["DE", "SY"] },
        { "Le ministre a déclaré mardi que la Syrie et la France reprendraient les négociations la semaine prochaine.", ["FR", "SY"] },
        { "El ministro dijo el martes que Francia y Alemania seguirán negociando la próxima semana con los sindicatos.", ["DE", "FR"] },
    };

    [Theory]
    [MemberData(nameof(Articles))]
    public void ACountryNamedInTheArticlesLanguage_IsTagged(string text, string[] codes) => Assert.Equal(codes, Countries(text));

    public static readonly TheoryData<string, string[]> Adjectives = new()
    {
        { "Die Studenten sprachen mit einer mexikanischen Agentur, nachdem sie im Juli von der Firma entlassen wurden.", ["MX"] },
        { "Министр заявил во вторник, что российские делегации продолжат переговоры на следующей неделе в столице.", ["RU"] },
        { "El gobierno mexicano dijo el martes que las negociaciones seguirán la próxima semana con los sindicatos.", ["MX"] },
    };

    [Theory]
    [MemberData(nameof(Adjectives))]
    public void AnAdjectiveMadeFromACountrysName_TagsIt(string text, string[] codes) => Assert.Equal(codes, Countries(text));

    [Theory]
    // "того" (of that) is Togo's name written small; "данным" (data) stems as Denmark's "Дания" does.
    [InlineData("Вместо того чтобы изучать метод абстрактно, студенты по данным министерства применяют его на практике каждый день.")]
    // Turkish stems "Butan" (Bhutan) to "bu" (this).
    [InlineData("Bu noktada, oyunlar ile günlük yaşamımız arasında bazı benzerlikler kurulabilir, dedi bakan salı günü.")]
    public void AnEverydayWordThatLooksLikeACountry_IsNotTagged(string text) => Assert.Empty(Countries(text));

    [Fact]
    public void AnArticleNamingACountryBothWays_CountsItOnce()
    {
        var article = Enricher.Enrich(new SourceDocument { Source = "a.txt", Kind = TextKind.ArticleText,
            Text = "Der Minister sprach am Dienstag in Berlin über den Iran. Die Gespräche mit dem Iran gehen nächste Woche weiter, sagte er." });
        Assert.Equal(2, Assert.Single(article.Countries, c => c.Code == "IR").Mentions);
    }

    [Fact]
    public void ABadLineInTheDataFile_IsNamed()
    {
        var file = Path.Combine(TestPaths.NewTempFolder(), "country-names.tsv");
        File.WriteAllLines(file, ["# names", "SY\tde\tSyrien", "XX\tde\tNirgendwo"]);
        var error = Assert.Throws<InvalidDataException>(() => CountryNamesByLanguage.Load(file, EnrichmentData.Default.Gazetteer));
        Assert.Contains("line 3", error.Message);
    }
}
