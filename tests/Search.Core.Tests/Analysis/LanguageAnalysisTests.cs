using Search.Core.Enrichment;
using Search.Core.Indexing;
using Search.Core.Model;
using Search.Core.Searching;

namespace Search.Core.Tests.Analysis;

/// <summary>
/// Each article is analysed in its language, and a query in each language of the index: inflected and accentless
/// forms, words behind Arabic prefixes and katakana compounds are found, and English keeps its rules.
/// </summary>
public sealed class LanguageAnalysisTests : IClassFixture<LanguageAnalysisTests.MixedIndex>
{
    public sealed class MixedIndex() : IndexedArticles(Articles)
    {
        public static readonly (string Id, string Title, string Text)[] Articles =
        [
            ("de-1", "Flüchtlinge in Hamburg", "Die Flüchtlinge kamen am Dienstag im Hafen von Hamburg an, sagte der Minister nach dem Treffen mit den Ländern."),
            ("ru-1", "Заявление Путина", "Переговоры с Путиным продолжатся на следующей неделе, заявили в Кремле после встречи делегаций."),
            ("ar-1", "مفاوضات جديدة", "قال الوزير إن المفاوضات بين العراق وسوريا ستستمر الأسبوع المقبل رغم الضربات الأخيرة في المنطقة."),
            ("ja-1", "新しいデスクトップアプリ", "同社は火曜日、新しいデスクトップアプリを発表した。利用者は来月から無料で使えるという。"),
            ("fr-1", "Les élections régionales", "Les élections régionales auront lieu en mars, a annoncé le gouvernement après une longue réunion à Paris."),
            ("ru-2", "Визит в Кремль", "Путина ждут на переговорах в Кремль после встреч делегации на неделю, сообщили источники."),
            ("tr-1", "Suriye'de görüşmeler", "Bakan salı günü yaptığı açıklamada, Suriye'deki görüşmelerin gelecek hafta devam edeceğini söyledi."),
            ("en-1", "Harbour talks", "The minister said on Tuesday that the talks on the harbour would continue next week, the US envoy added."),
            ("en-2", "Used cars", "Dealers said used cars sold well in the harbour town this year, and prices rose again in the spring."),
        ];
    }

    private readonly ArticleSearcher _searcher;
    private readonly MixedIndex _index;

    public LanguageAnalysisTests(MixedIndex index) => (_searcher, _index) = (index.Searcher, index);

    // Each language's analysis alone: spellings in other scripts ("Suriye" and "سوريا") are CrossScriptTests' subject.
    private List<string> Ids(string q) => _searcher.Search(new SearchRequest { Query = q, Limit = 20, Facets = [], Transliterate = false }).Hits.Select(h => h.Article.Id).Order().ToList();

    [Fact]
    public void EachArticle_HasItsLanguage()
    {
        var languages = _searcher.Search(new SearchRequest { Facets = [LabelNames.Language], Limit = 0 }).Facets[LabelNames.Language].ToDictionary(v => v.Value, v => v.Count);
        Assert.Equal(new Dictionary<string, int> { ["en"] = 2, ["de"] = 1, ["ru"] = 2, ["ar"] = 1, ["ja"] = 1, ["fr"] = 1, ["tr"] = 1 }, languages);
    }

    [Theory]
    [InlineData("Treffen Flüchtling", "de-1")]
    [InlineData("Treffen Fluchtling", "de-1")]
    [InlineData("Путин продолжатся", "ru-1")]
    [InlineData("путина продолжатся", "ru-1")]
    [InlineData("سوريا", "ar-1")]
    [InlineData("デスクトップ", "ja-1")]
    [InlineData("elections", "fr-1")]
    [InlineData("élection", "fr-1")]
    [InlineData("Hamburg Flüchtl*", "de-1")]
    [InlineData("Suriye", "tr-1")]
    public void AnInflectedOrAccentlessForm_FindsTheArticle(string query, string id) => Assert.Equal([id], Ids(query));

    [Theory]
    [InlineData("\"die Flüchtlinge kamen\"", "de-1")]
    [InlineData("\"Переговоры с Путиным\"", "ru-1")]
    [InlineData("\"デスクトップアプリ\"", "ja-1")]
    public void AQuotedPhrase_StaysExactInItsLanguage(string query, string id) => Assert.Equal([id], Ids(query));

    [Fact]
    public void AQuotedPhrase_DoesNotMatchAnotherForm()
    {
        Assert.Empty(Ids("\"die Flüchtling kamen\""));
        Assert.Empty(Ids("\"Переговоры с Путин\""));
    }

    [Fact]
    public void SimilarArticles_AreReadInTheArticlesLanguage()
    {
        Assert.Equal("ru-2", _searcher.Similar("ru-1", 1)!.Single().Article.Id);
        // The telling words are the Russian stems the index holds ("путин" of "Путиным"), not the forms as written.
        using var reader = Lucene.Net.Index.DirectoryReader.Open(IndexStore.Open(_index.Path));
        var terms = new HashSet<Lucene.Net.Index.Term>();
        Search.Core.Querying.SimilarQuery.For(new Lucene.Net.Search.IndexSearcher(reader), _searcher.Get("ru-1")!.Article).ExtractTerms(terms);
        Assert.Contains(terms, t => t.Field == Search.Core.Schema.IndexFields.Body && t.Text == "путин");
    }

    [Fact]
    public void EnglishKeepsItsRules_AndStopWordsDoNotExcludeIt()
    {
        Assert.Equal(["en-1"], Ids("US"));
        Assert.Equal(["en-1", "en-2"], Ids("the harbour"));
        Assert.Equal(["en-2"], Ids("used"));
    }

    [Fact]
    public void Highlights_MarkTheWordsInEveryScript()
    {
        string Marked(string q, string id)
        {
            var hit = _searcher.Search(new SearchRequest { Query = q, Facets = [] }).Hits.Single(h => h.Article.Id == id);
            var passage = hit.Highlights!.Passages.Concat(hit.Highlights.Title is { } t ? [t] : []).First(p => p.Matches.Count > 0);
            var m = passage.Matches[0];
            return passage.Text.Substring(m.Start, m.Length);
        }
        Assert.Equal("Flüchtlinge", Marked("Flüchtling", "de-1"));
        Assert.Equal("Путиным", Marked("Путин продолжатся", "ru-1"));
        Assert.Equal("デスクトップ", Marked("デスクトップ", "ja-1")[..6]);
    }
}
