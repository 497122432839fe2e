using Search.Core.Searching;

namespace Search.Core.Tests.Querying;

/// <summary>Queries mean what a journalist typed: acronyms stay acronyms, people are found under any spelling.</summary>
[Collection(SampleIndexCollection.Name)]
public class QueryMeaningTests(SampleIndexFixture index)
{
    private string Marked(string q, string id) =>
        string.Join(" ", index.Search(q, r => r with { Limit = 100 }).Hits.Single(h => h.Article.Id == id).Highlights!.Passages.Select(p => p.ToHtml()));

    [Theory]
    [InlineData("US", "US", "used")]
    [InlineData("used", "used", "US")]
    [InlineData("IT", "IT", "it")]
    [InlineData("WHO", "WHO", "who")]
    [InlineData("who", "who", "WHO")]
    [InlineData("AIDS", "AIDS", "aid")]
    [InlineData("aids", "aid", "AIDS")]
    public void AnAcronymAndTheWordWrittenTheSame_StayApart(string query, string marked, string notMarked)
    {
        var html = Marked(query, "edge-acronyms");
        Assert.Contains($"<mark>{marked}</mark>", html);
        Assert.DoesNotContain($"<mark>{notMarked}</mark>", html);
    }

    [Fact]
    public void ALowerCaseWordThatIsNoEverydayWord_FindsTheAcronymToo()
    {
        Assert.Contains("<mark>NATO</mark>", Marked("nato", "edge-acronyms"));
        Assert.Equal(index.Search("NATO").Total, index.Search("nato").Total);
    }

    [Fact]
    public void DottedAcronyms_AreTheAcronym_AndStemmingStillWorks()
    {
        Assert.Contains("002_a4067f249d653682.txt", index.Search("US", r => r with { Limit = 100 }).Hits.Select(h => h.Article.Id));
        Assert.Contains("<mark>strikes</mark>", Marked("strike", "edge-stems"));
    }

    [Theory]
    [InlineData("003_0a2875be338a0729.txt", "Soleimeni")]
    [InlineData("004_cf16c801bd8bde5b.txt", "Suleimani")]
    public void APerson_IsFoundUnderTheSpellingTheArticleUses_AndThatSpellingIsMarked(string id, string spelling) =>
        Assert.Matches($"<mark>[^<]*{spelling}</mark>", Marked("Soleimani", id));

    [Fact]
    public void NamesInFieldQueries_MatchByAnyWordOrAlias()
    {
        Assert.Equal(index.Search("person:\"Qassem Soleimani\"").Total, index.Search("person:Soleimani").Total);
        Assert.True(index.Search("person:Soleimani").Total >= 2);
        Assert.Equal(index.Search("cites:\"The Wall Street Journal\"").Total, index.Search("cites:WSJ").Total);
        Assert.True(index.Search("cites:\"Wall Street Journal\"").Total > 0);
    }

    [Fact]
    public void AFilterValueNoArticleHas_GetsSuggestions_AndStaysExact()
    {
        var result = index.Search(null, r => r with { Filters = new Dictionary<string, IReadOnlyList<string>> { ["person"] = ["Gants"] } });
        Assert.Equal(0, result.Total);
        Assert.Contains("Benny Gantz", result.Suggestions!["person"]);
        var exact = index.Search(null, r => r with { Filters = new Dictionary<string, IReadOnlyList<string>> { ["person"] = ["Benny Gantz"] } });
        Assert.True(exact.Total > 0);
        Assert.Null(exact.Suggestions);
    }

    [Fact]
    public void FilterValuesTakeAliases_OfPeopleAndOutlets()
    {
        Assert.Equal(index.Search(null, r => r with { Filters = new Dictionary<string, IReadOnlyList<string>> { ["cites"] = ["The Wall Street Journal"] } }).Total,
            index.Search(null, r => r with { Filters = new Dictionary<string, IReadOnlyList<string>> { ["cites"] = ["WSJ"] } }).Total);
        Assert.True(index.Search(null, r => r with { Filters = new Dictionary<string, IReadOnlyList<string>> { ["person"] = ["Suleimani"] } }).Total > 0);
    }

    private HashSet<string> Ids(string q) => index.Searcher.Export(new SearchRequest { Query = q }, includeText: false).Select(a => a.Id).ToHashSet();

    [Fact]
    public void OpenAndExclusiveRanges_AndANestedNot_FindWhatTheyMean()
    {
        // The samples: DEBKAfile 2014-06-17, Global Research 2021-07-05, RT 2022-06-17.
        var upTo2015 = Ids("published:[* TO 2015-06]");
        Assert.Contains("003_0a2875be338a0729.txt", upTo2015);
        Assert.DoesNotContain("004_cf16c801bd8bde5b.txt", upTo2015);
        Assert.Empty(Ids("published:{2014 TO 2016}").Intersect(["003_0a2875be338a0729.txt", "004_cf16c801bd8bde5b.txt"]));
        Assert.Equal(Ids("Iran").Except(Ids("Syria")).Order(), Ids("Iran AND (NOT Syria)").Order());
    }
}
