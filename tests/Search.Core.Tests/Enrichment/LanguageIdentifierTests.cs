using Search.Core.Indexing;
using Search.Core.Ingest;
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
    [InlineData("Newsflash")]
    [InlineData("東京都")]
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
    public void AShortcutDecides_WithoutTheModel_AndABadShortcutLineIsNamed()
    {
        var folder = TestPaths.NewTempFolder();
        File.WriteAllLines(Path.Combine(folder, "languages.txt"), ["en", "fr"]);
        // A shortcut that names English words French: taking it is the only way an English text reads as French.
        File.WriteAllLines(Path.Combine(folder, "shortcuts.txt"), ["# test", "fr the of and that with for said"]);
        var shortcut = LanguageIdentifier.Load(Path.Combine(folder, "languages.txt"), Path.Combine(folder, "shortcuts.txt"));
        Assert.Equal("fr", shortcut.Identify("The minister said on Tuesday that the talks on the future of the harbour would continue for a week with the unions."));
        Assert.Equal("fr", shortcut.Identify("Le ministre a déclaré mardi que les négociations reprendraient la semaine prochaine avec les syndicats."));

        File.WriteAllLines(Path.Combine(folder, "shortcuts.txt"), ["de der die das"]);
        var error = Assert.Throws<InvalidDataException>(() => LanguageIdentifier.Load(Path.Combine(folder, "languages.txt"), Path.Combine(folder, "shortcuts.txt")));
        Assert.Contains("line 1", error.Message);
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

/// <summary>A language the input declares: read from pages and exports, kept when the text agrees, and kept for reindex.</summary>
public class DeclaredLanguageTests
{
    private const string German = "Die Flüchtlinge kamen am Dienstag in Berlin an, sagte der Minister nach dem Treffen mit den Ländern.";

    private static readonly LanguageIdentifier Languages = EnrichmentData.Default.Languages;

    [Theory]
    [InlineData("de-AT", "de")]
    [InlineData("DE", "de")]
    [InlineData("pt_BR", "pt")]
    [InlineData("Deutsch", null)]
    [InlineData("", null)]
    public void ADeclaration_IsReadAsItsPrimaryCode(string declared, string? code) => Assert.Equal(code, LanguageIdentifier.Code(declared));

    [Fact]
    public void ADeclarationTheTextAgreesWith_IsKept_AndOneItContradicts_IsNot()
    {
        Assert.Equal("de", Languages.Decide(German, "de-DE"));
        // A template that declares English on every page of a German site: the text decides.
        Assert.Equal("de", Languages.Decide(German, "en"));
        // Too little text to tell: the declaration stands, even for a language not told apart here.
        Assert.Equal("cy", Languages.Decide("Newyddion", "cy"));
        Assert.Null(Languages.Decide("Newyddion", null));
    }

    [Fact]
    public void PagesAndExports_DeclareTheirLanguage()
    {
        var paragraph = "<p>" + German + " " + German + "</p>";
        Assert.Equal("de-AT", HtmlPageReader.Parse($"<html lang=\"de-AT\"><body><article>{paragraph}</article></body></html>", "a.html")!.Language);
        Assert.Equal("de", HtmlPageReader.Parse($"<html lang=\"en\"><head><script type=\"application/ld+json\">{{\"@type\":\"NewsArticle\",\"headline\":\"H\",\"inLanguage\":\"de\"}}</script></head><body><article>{paragraph}</article></body></html>", "a.html")!.Language);
        var folder = TestPaths.NewTempFolder();
        File.WriteAllText(Path.Combine(folder, "a.jsonl"), "{\"id\":\"1\",\"text\":\"" + German + "\",\"language\":\"de\"}\n");
        Assert.Equal("de", Assert.Single(JsonLinesReader.Read(Path.Combine(folder, "a.jsonl"), "a.jsonl")).Document!.Language);
    }

    [Fact]
    public void TheDeclaration_IsKeptInTheSourceRecord_ForReindex()
    {
        var doc = new SourceDocument { Source = "a.html", Text = German, Language = "de-AT", Kind = TextKind.ExtractedContent };
        Assert.Equal("de-AT", SourceRecord.FromBytes(SourceRecord.ToBytes(doc, "other body"), () => "other body").Language);
    }
}
