using Search.Core.Enrichment;

namespace Search.Core.Tests.Enrichment;

/// <summary>An article's language from its text, among the languages of <c>languages.txt</c>.</summary>
public class LanguageIdentifierTests
{
    private static readonly LanguageIdentifier Languages = EnrichmentData.Default.Languages;

    public static readonly TheoryData<string, string> Texts = new()
    {
        { "en", "The minister said on Tuesday that the talks would continue next week despite the strikes." },
        { "de", "Die Flüchtlinge kamen am Dienstag in Berlin an, sagte der Minister nach dem Treffen." },
        { "fr", "Le ministre a déclaré mardi que les négociations reprendraient la semaine prochaine." },
        { "es", "El ministro dijo el martes que las negociaciones continuarán la próxima semana." },
        { "ru", "Путин заявил во вторник, что переговоры продолжатся на следующей неделе." },
        { "uk", "Міністр заявив у вівторок, що переговори триватимуть наступного тижня." },
        { "ar", "قال الوزير يوم الثلاثاء إن المفاوضات ستستمر الأسبوع المقبل رغم الضربات." },
        { "he", "השר אמר ביום שלישי כי השיחות יימשכו בשבוע הבא למרות התקיפות." },
        { "ja", "大臣は火曜日、交渉は来週も続くと述べた。デスクトップアプリの更新も発表された。" },
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void AShortNewsSentence_IsReadAsItsLanguage(string code, string text) => Assert.Equal(code, Languages.Identify(text));

    [Theory]
    [InlineData("")]
    [InlineData("Breaking news")]
    [InlineData("12 345 678 — 2024")]
    public void TooLittleText_HasNoLanguage(string text) => Assert.Null(Languages.Identify(text));

    [Fact]
    public void ManyThreadsAtOnce_GetWhatOneThreadGets()
    {
        var texts = Texts.Select(row => (string)row[1]).ToArray();
        var expected = texts.Select(Languages.Identify).ToArray();
        var parallel = Enumerable.Range(0, 400).AsParallel().WithDegreeOfParallelism(8)
            .Select(i => Languages.Identify(texts[i % texts.Length]) == expected[i % texts.Length]).ToList();
        Assert.All(parallel, Assert.True);
    }

    [Fact]
    public void AnUnknownCodeInTheDataFile_IsAnErrorNamingItsLine()
    {
        var file = Path.Combine(TestPaths.NewTempFolder(), "languages.txt");
        File.WriteAllLines(file, ["# languages", "en", "xx"]);
        var error = Assert.Throws<InvalidDataException>(() => LanguageIdentifier.Load(file));
        Assert.Contains("line 3", error.Message);
        Assert.Contains("'xx'", error.Message);
    }
}
