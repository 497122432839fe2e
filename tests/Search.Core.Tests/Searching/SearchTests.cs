using Search.Core.Searching;
using Search.Core.Errors;

namespace Search.Core.Tests.Searching;

[Collection(SampleIndexCollection.Name)]
public class SearchTests(SampleIndexFixture index)
{
    private IEnumerable<string> Ids(SearchResult r) => r.Hits.Select(h => h.Article.Id);

    [Fact]
    public void IndexingTheSampleCorpus_GivesOneDocumentPerArticle()
    {
        Assert.Equal(Search.Tests.Shared.TestCorpus.Total, index.Searcher.Stats().Articles);
        Assert.Equal(0, index.Summary.Skipped);
        Assert.Equal(4, index.Search(null, r => r with { Filters = new Dictionary<string, IReadOnlyList<string>> { ["country"] = ["SY"] }, Limit = 100 }).Total); // all but the Axios scoop
    }

    [Fact]
    public void AWordOfOneArticle_FindsThatArticle()
    {
        var result = index.Search("Kurilla");
        Assert.Equal(["002_a4067f249d653682.txt"], Ids(result));
    }

    [Fact]
    public void WordsAreAllRequiredByDefault_OrWidens()
    {
        Assert.Equal(["002_a4067f249d653682.txt"], Ids(index.Search("Kurilla Witkoff")));
        Assert.Empty(Ids(index.Search("Kurilla Annan")));
        Assert.Equal(2, index.Search("Kurilla OR Annan").Total);
    }

    [Fact]
    public void UnquotedWordsMatchStems_QuotedPhrasesMatchAsWritten()
    {
        Assert.Contains("edge-stems", Ids(index.Search("strike")));
        Assert.Contains("edge-stems", Ids(index.Search("\"the strike\"")));
        Assert.DoesNotContain("edge-stems", Ids(index.Search("\"the strikes was\"")));
        Assert.Contains("edge-stems", Ids(index.Search("\"the strikes continued\"")));
    }

    [Theory]
    [InlineData("UN", "edge-script")]
    [InlineData("Pena", "edge-script")]
    [InlineData("Peña", "edge-script")]
    [InlineData("Ya'alon", "edge-names")]
    [InlineData("Yaalon", "edge-names")]
    [InlineData("Suleimani", "edge-names")]
    public void AnalysisMatchesHowJournalistsType(string query, string id) => Assert.Contains(id, Ids(index.Search(query)));

    [Fact]
    public void US_FindsUDotS()
    {
        var hits = Ids(index.Search("US", r => r with { Limit = 100 })).ToList();
        Assert.Contains("002_a4067f249d653682.txt", hits); // writes "U.S." throughout
    }

    [Fact]
    public void FieldsFilterByMetadata()
    {
        Assert.Equal(["003_0a2875be338a0729.txt"], Ids(index.Search("person:\"Benny Gantz\"")));
        Assert.Equal(4, index.Search("country:Syria").Total);
        Assert.Equal(index.Search("country:SY").Total, index.Search("country:syria").Total);
        Assert.Equal(["004_cf16c801bd8bde5b.txt"], Ids(index.Search("cites:\"The Guardian\"")));
        Assert.Equal(["003_0a2875be338a0729.txt", "004_cf16c801bd8bde5b.txt"], Ids(index.Search("Iraq published:[2014 TO 2021-12-31]")).Order());
    }

    [Theory]
    [InlineData("\"unbalanced", "invalid_query")]
    [InlineData("(a OR b", "invalid_query")]
    [InlineData("AND", "invalid_query")]
    [InlineData("nosuchfield:x", "unknown_field")]
    [InlineData("/regex/", "invalid_query")]
    [InlineData("published:[yesterday TO today]", "invalid_date")]
    public void MalformedQueries_GiveTypedErrors(string query, string code)
    {
        var e = Assert.Throws<SearchRequestException>(() => index.Search(query));
        Assert.Equal(code, e.Code);
        Assert.False(string.IsNullOrWhiteSpace(e.Message));
    }

    [Fact]
    public void UnbalancedQuote_SaysWhere()
    {
        var e = Assert.Throws<SearchRequestException>(() => index.Search("Iran \"nuclear"));
        Assert.Equal(6, e.Position);
        Assert.Contains("character 6", e.Message);
    }
}
