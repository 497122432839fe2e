using Search.Core.Enrichment;

namespace Search.Core.Tests.Enrichment;

/// <summary>One author value per person: by-lines split, roles, agencies and outlets taken out, capitals in name case.</summary>
public class AuthorNamesTests
{
    private static readonly AuthorNames Names = new(EnrichmentData.Default.Outlets, EnrichmentData.Default.AuthorRoles);

    private static (string[] Authors, string[] Credits) Clean(params string[] values)
    {
        var (authors, credits) = Names.Clean(values, "Valley Courier", "valley-courier.example");
        return ([.. authors], [.. credits]);
    }

    [Theory]
    [InlineData("By Jane Doe and John Roe, Reuters", new[] { "Jane Doe", "John Roe" }, new[] { "Reuters" })]
    [InlineData("Jane Doe & John Roe", new[] { "Jane Doe", "John Roe" }, new string[0])]
    [InlineData("JANE DOEReuters", new[] { "Jane Doe" }, new[] { "Reuters" })]
    [InlineData("JEAN-PAUL O'NEILL", new[] { "Jean-Paul O'Neill" }, new string[0])]
    [InlineData("Jane Doe, Associated Press Writer", new[] { "Jane Doe" }, new[] { "Associated Press" })]
    [InlineData("Jane Doe Staff Writer", new[] { "Jane Doe" }, new string[0])]
    [InlineData("Editor-at-large", new string[0], new string[0])]
    [InlineData("Senior Political Correspondent", new string[0], new string[0])]
    [InlineData("AFP", new string[0], new[] { "Agence France-Presse" })]
    [InlineData("Valley Courier", new string[0], new string[0])]
    [InlineData("@janedoe", new string[0], new string[0])]
    [InlineData("jane.doe@example.org", new string[0], new string[0])]
    [InlineData("gizzmo", new string[0], new string[0])]
    [InlineData("Jane", new string[0], new string[0])]
    [InlineData("Staff", new string[0], new string[0])]
    [InlineData("习近平", new[] { "习近平" }, new string[0])]
    [InlineData("By Glen Owen And Brendan Carlin For The Mail On Sunday", new[] { "Glen Owen", "Brendan Carlin" }, new string[0])]
    [InlineData("Redaktion Valley Courier", new string[0], new string[0])]
    [InlineData("ValleyCourier.com", new string[0], new string[0])]
    [InlineData("Jane Doe, Valley Courier Insight", new[] { "Jane Doe" }, new string[0])]
    [InlineData("No Author", new string[0], new string[0])]
    [InlineData("Дмитрий Иванов", new[] { "Дмитрий Иванов" }, new string[0])]
    public void AuthorValues_AreCleanedToPeople(string value, string[] authors, string[] credits)
    {
        var (foundAuthors, foundCredits) = Clean(value);
        Assert.Equal(authors, foundAuthors);
        Assert.Equal(credits, foundCredits);
    }

    [Fact]
    public void AShortNameInsideTheOutletsName_IsStillAPerson()
    {
        var (authors, _) = Names.Clean(["Li Na", "Carolina Times Staff"], "Carolina Times", null);
        Assert.Equal(["Li Na"], authors);
    }

    [Fact]
    public void TheSamePersonTwice_IsOneValue() => Assert.Equal(["Jane Doe"], Clean("Jane Doe", "JANE DOE", "By Jane Doe").Authors);

    [Fact]
    public void AnAgencyInTheByline_IsCitedByTheArticle()
    {
        var article = new ArticleEnricher(EnrichmentData.Default).Enrich(new Search.Core.Ingest.SourceDocument
        {
            Source = "a.jsonl#1", Text = "The council voted on Tuesday to widen the harbour road.", Kind = Search.Core.Ingest.TextKind.ArticleText,
            Outlet = "Valley Courier", Authors = ["By Jane Doe and John Roe, Reuters"],
        });
        Assert.Equal(["Jane Doe", "John Roe"], article.Authors);
        Assert.Contains("Reuters", article.Cites);
    }
}
