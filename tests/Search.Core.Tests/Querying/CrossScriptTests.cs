using Search.Core.Analysis;
using Search.Core.Enrichment;
using Search.Core.Querying;
using Search.Core.Schema;
using Search.Core.Searching;

namespace Search.Core.Tests.Querying;

/// <summary>
/// A name is found across scripts: a Latin word finds its Cyrillic, Greek, Arabic and Hebrew spellings (inflected, behind
/// an Arabic or Hebrew prefix), a word of those scripts finds its Latin spelling, the match is marked, and the switch
/// turns it off.
/// </summary>
public sealed class CrossScriptTests : IClassFixture<CrossScriptTests.ScriptsIndex>
{
    public sealed class ScriptsIndex() : IndexedArticles(Articles)
    {
        public static readonly (string Id, string Title, string Text)[] Articles =
        [
            ("en-putin", "Talks in Moscow", "President Vladimir Putin met the envoy in Moscow on Tuesday, officials said after the talks ended."),
            ("en-navalny", "Supporters at the court", "Supporters of Alexei Navalny gathered outside the court on Friday, his lawyers said to the press."),
            ("en-tsipras", "Budget talks in Athens", "Greek prime minister Alexis Tsipras spoke to reporters in Athens about the budget and the loans."),
            ("en-netanyahu", "Envoy in Jerusalem", "Prime Minister Benjamin Netanyahu met the envoy in Jerusalem on Tuesday, officials said."),
            ("ru-putin", "Заявление Кремля", "Переговоры с Путиным продолжатся на следующей неделе, заявили в Кремле после встречи делегаций."),
            ("ru-navalny", "Суд в пятницу", "Сторонники Алексея Навального собрались у здания суда в пятницу, сообщили его адвокаты журналистам."),
            ("en-cars", "Used cars", "Dealers said used cars sold well in the harbour town this year, and prices rose again in the spring."),
            ("tr-syria", "Suriye'de görüşmeler", "Bakan salı günü yaptığı açıklamada, Suriye'deki görüşmelerin gelecek hafta devam edeceğini söyledi."),
            ("ru-weather", "Погода в Москве", "В Москве ожидается дождь и сильный ветер в выходные дни, сообщили синоптики в пятницу утром."),
            ("ar-putin", "لقاء في موسكو", "قال مسؤولون إن الرئيس فلاديمير بوتين التقى المبعوث في موسكو يوم الثلاثاء بعد انتهاء المحادثات."),
            ("ar-and-putin", "اجتماع في موسكو", "اجتمع الوزير وبوتين في موسكو أمس لبحث الأزمة في المنطقة بحسب ما أعلنت الوزارة."),
            ("ar-biden", "تصريحات في واشنطن", "قال الرئيس الأمريكي جو بايدن إن المحادثات ستستمر الأسبوع المقبل في العاصمة واشنطن."),
            ("ar-fallon", "دعم الصناعة", "قال مايكل فالون إن الحكومة ستدعم الصناعة المحلية خلال السنوات العشر المقبلة."),
            ("ar-obama", "تدوينة جديدة", "كتبت المساعدة الخاصة لأوباما في تدوينة نشرتها يوم الإثنين أن الانتقال سيكون سلسا."),
            ("ar-has", "حرية التصرف", "قال المدير إن لديه حرية التصرف في أمور الشركة كلها منذ بداية العام الماضي."),
            ("ru-she", "Ответы журналистам", "Она согласилась ответить на вопросы журналистов в пятницу вечером после заседания."),
            ("ar-body", "صحة المريض", "قال الطبيب إن بدن المريض كان ضعيفا بعد العملية الطويلة في المستشفى الكبير."),
            ("el-tsipras", "Δηλώσεις για τον προϋπολογισμό", "Ο πρωθυπουργός Αλέξης Τσίπρας μίλησε στους δημοσιογράφους στην Αθήνα για τον προϋπολογισμό της χώρας."),
            ("he-netanyahu", "פגישה בירושלים", "ראש הממשלה בנימין נתניהו נפגש עם השליח בירושלים ביום שלישי, אמרו גורמים רשמיים בלשכה."),
        ];
    }

    private readonly ArticleSearcher _searcher;

    public CrossScriptTests(ScriptsIndex index) => _searcher = index.Searcher;

    private SearchResult Search(string q, bool transliterate = true) =>
        _searcher.Search(new SearchRequest { Query = q, Limit = 20, Facets = [], Transliterate = transliterate });

    private List<string> Ids(string q, bool transliterate = true) => Search(q, transliterate).Hits.Select(h => h.Article.Id).Order().ToList();

    [Fact]
    public void EachScriptsArticles_HaveTheirLanguage()
    {
        var languages = _searcher.Search(new SearchRequest { Facets = ["language"], Limit = 0 }).Facets["language"].ToDictionary(v => v.Value, v => v.Count);
        Assert.Equal(new Dictionary<string, int> { ["en"] = 5, ["tr"] = 1, ["ru"] = 4, ["ar"] = 7, ["el"] = 1, ["he"] = 1 }, languages);
    }

    [Theory]
    [InlineData("Putin", new[] { "ar-and-putin", "ar-putin", "en-putin", "ru-putin" })]
    [InlineData("Navalny", new[] { "en-navalny", "ru-navalny" })]
    [InlineData("Tsipras", new[] { "el-tsipras", "en-tsipras" })]
    [InlineData("Netanyahu", new[] { "en-netanyahu", "he-netanyahu" })]
    [InlineData("Biden", new[] { "ar-biden" })]
    [InlineData("Suriye", new[] { "tr-syria" })]
    // A doubled consonant written once; an Arabic "to" and initial alef-waw before "Obama".
    [InlineData("Fallon", new[] { "ar-fallon" })]
    [InlineData("Obama", new[] { "ar-obama" })]
    // In an abjad the whole name is read ("Diess" is not "di" and an ending: "لديه", he has); a stem keeps four
    // letters ("Anaya" is not "она", she).
    [InlineData("Diess", new string[0])]
    [InlineData("Anaya", new string[0])]
    public void ALatinName_FindsItsSpellingsInOtherScripts(string query, string[] ids) => Assert.Equal(ids, Ids(query));

    [Theory]
    [InlineData("Путин", new[] { "en-putin", "ru-putin" })]
    [InlineData("Навальный", new[] { "en-navalny", "ru-navalny" })]
    [InlineData("Τσίπρας", new[] { "el-tsipras", "en-tsipras" })]
    [InlineData("بوتين", new[] { "ar-and-putin", "ar-putin", "en-putin" })]
    [InlineData("נתניהו", new[] { "en-netanyahu", "he-netanyahu" })]
    [InlineData("سوريا", new[] { "tr-syria" })]
    public void ANameInAnotherScript_FindsItsLatinSpelling(string query, string[] ids) => Assert.Equal(ids, Ids(query));

    [Fact]
    public void TransliterationOff_FindsTheWordsAsTyped()
    {
        Assert.Equal(["en-putin"], Ids("Putin", transliterate: false));
        Assert.Equal(["ru-navalny"], Ids("Навальный", transliterate: false));
    }

    [Fact]
    public void TheSpellingFound_IsMarked()
    {
        var hit = Search("Putin").Hits.Single(h => h.Article.Id == "ru-putin");
        Assert.Contains("<mark>Путиным</mark>", string.Join(" ", hit.Highlights!.Passages.Select(p => p.ToHtml())));
    }

    [Fact]
    public void TheWordAsTyped_RanksAboveItsSpellingsInOtherScripts()
    {
        Assert.Equal("en-putin", Search("Putin").Hits[0].Article.Id);
        Assert.Equal("ru-putin", Search("Путин").Hits[0].Article.Id);
    }

    [Fact]
    public void AnArchiveInLatinScriptOnly_SearchesNoOtherScript()
    {
        // The other scripts are searched only where the index holds articles in their languages.
        var spellings = EnrichmentData.Default.Scripts;
        using var english = new Lucene.Net.Store.RAMDirectory();
        using (var writer = new Lucene.Net.Index.IndexWriter(english, new Lucene.Net.Index.IndexWriterConfig(NewsAnalyzer.Version, NewsAnalyzer.Exact)))
        {
            writer.AddDocument([new Lucene.Net.Documents.TextField(IndexFields.ExactOf(IndexFields.Body), "путина putin", Lucene.Net.Documents.Field.Store.NO)]);
        }
        using var reader = Lucene.Net.Index.DirectoryReader.Open(english);
        Assert.Null(CrossScriptForms.Of("Putin", IndexFields.Body, reader, [], spellings));
        Assert.NotNull(CrossScriptForms.Of("Putin", IndexFields.Body, reader, ["ru"], spellings));
    }

    [Theory]
    [InlineData("\"Putin\"")]
    [InlineData("Pu")]
    public void QuotedWordsAndShortWords_StayInTheirScript(string query) => Assert.DoesNotContain(Ids(query), id => !id.StartsWith("en-", StringComparison.Ordinal));
}
