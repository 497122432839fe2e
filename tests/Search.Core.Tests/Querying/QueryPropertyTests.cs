using System.Diagnostics;
using CsCheck;
using Search.Core.Searching;
using Search.Core.Errors;

namespace Search.Core.Tests.Querying;

/// <summary>
/// Properties over generated queries (CsCheck): whatever the string, the engine answers or throws its typed error with a
/// stable code, within a bounded time. A failure prints its seed; add that seed to <see cref="RegressionSeeds"/>.
/// </summary>
[Collection(SampleIndexCollection.Name)]
public class QueryPropertyTests(SampleIndexFixture index)
{
    private static readonly string[] Pieces =
        ["Iran", "harbour", "syria", "\"", "(", ")", "[", "]", "{", "}", "*", "?", "~", "~2", "^3", "\\", "/", ":", "title:", "nosuch:", "country:", "person:",
         "published:", "published:[2000 TO 2001]", "AND", "OR", "NOT", "+", "-", "&&", "||", "!", " ", " ", " ", "TO", "2014", "99999999999999999999",
         "é", "日本", "\u200B", "\u202E", "\0", "\t", "\n", "'", "’", "a*b?c", "*an", "Ira~", new string('(', 60), new string('x', 3000)];

    /// <summary>Queries built from the syntax's own pieces: quotes, brackets, operators, fields, wildcards, huge numbers, deep nesting.</summary>
    public static readonly Gen<string> Structured = Gen.Int[0, Pieces.Length - 1].Array[1, 14].Select(ix => string.Concat(ix.Select(i => Pieces[i])));

    /// <summary>
    /// Seeds of generated query sets worth replaying on every run, each with what it once broke: a seed replays the
    /// exact queries <see cref="Structured"/> generated when it was found.
    /// </summary>
    public static readonly TheoryData<string> RegressionSeeds = new()
    {
        "bL-_c4X6vPd1", // a NUL character in the query was read as a separator; now refused as invalid_query
    };

    private void AnswersOrTypedError(string query)
    {
        var clock = Stopwatch.StartNew();
        try
        {
            index.Search(query, r => r with { Limit = 5 });
        }
        catch (SearchRequestException e)
        {
            Assert.Matches("^[a-z_]+$", e.Code);
            Assert.False(string.IsNullOrWhiteSpace(e.Message));
        }
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"query took {clock.Elapsed.TotalSeconds:0.0} s");
    }

    [Fact]
    public void StructuredQueries_AnswerOrGiveATypedError() => Structured.Sample(AnswersOrTypedError, iter: 3000);

    [Theory]
    [MemberData(nameof(RegressionSeeds))]
    public void RegressionSeeds_AnswerOrGiveATypedError(string seed) => Structured.Sample(AnswersOrTypedError, iter: 1, seed: seed);

    [Fact]
    public void RandomUnicodeQueries_AnswerOrGiveATypedError() => Gen.String.Sample(AnswersOrTypedError, iter: 3000);

    [Theory]
    [InlineData("*an")]
    [InlineData("?ran")]
    [InlineData("Ira~")]
    public void LeadingWildcardsAndFuzzyTerms_FindWhatTheyStandFor(string query)
    {
        var iran = Ids("Iran");
        Assert.NotEmpty(iran);
        Assert.Superset(iran, Ids(query));
    }

    [Fact]
    public void ALoneWildcard_FindsEveryArticle() => Assert.Equal(index.Search("*:*").Total, index.Search("*").Total);

    private HashSet<string> Ids(string q) => index.Searcher.Export(new SearchRequest { Query = q }, includeText: false).Select(a => a.Id).ToHashSet();

    [Fact]
    public void AControlCharacter_IsRefusedWithItsPosition()
    {
        var e = Assert.Throws<Search.Core.Errors.SearchRequestException>(() => index.Search("Iran\0Syria"));
        Assert.Equal("invalid_query", e.Code);
        Assert.Equal(5, e.Position);
        // Tabs and line breaks are spaces.
        var spaced = index.Search("Iran Syria").Total;
        Assert.True(spaced > 0);
        Assert.Equal(spaced, index.Search("Iran\tSyria").Total);
        Assert.Equal(spaced, index.Search("Iran\r\nSyria").Total);
    }

    [Fact]
    public void TenThousandCharacterQueries_AreRefusedWithAStableCode()
    {
        var e = Assert.Throws<SearchRequestException>(() => index.Search(new string('a', 10_000)));
        Assert.Equal("query_too_long", e.Code);
    }
}
