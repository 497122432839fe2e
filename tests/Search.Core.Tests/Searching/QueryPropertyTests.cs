using System.Diagnostics;
using CsCheck;
using Search.Core.Searching;

namespace Search.Core.Tests.Searching;

/// <summary>
/// Properties over generated queries (CsCheck): whatever the string, the engine answers or throws its typed error with a
/// stable code, within a bounded time. A failure prints its seed; add that seed to <see cref="RegressionSeeds"/>.
/// </summary>
[Collection(SampleIndexCollection.Name)]
public class QueryPropertyTests(SampleIndexFixture index)
{
    private static readonly string[] Pieces =
        ["Iran", "harbour", "\"", "(", ")", "[", "]", "{", "}", "*", "?", "~", "~2", "^3", "\\", "/", ":", "title:", "nosuch:", "country:", "person:",
         "published:", "published:[2000 TO 2001]", "AND", "OR", "NOT", "+", "-", "&&", "||", "!", " ", " ", " ", "TO", "2014", "99999999999999999999",
         "é", "日本", "\u200B", "\u202E", "\0", "\t", "\n", "'", "’", "a*b?c", "*an", "Ira~", new string('(', 60), new string('x', 3000)];

    /// <summary>Queries built from the syntax's own pieces: quotes, brackets, operators, fields, wildcards, huge numbers, deep nesting.</summary>
    public static readonly Gen<string> Structured = Gen.Int[0, Pieces.Length - 1].Array[1, 14].Select(ix => string.Concat(ix.Select(i => Pieces[i])));

    /// <summary>Seeds of failures found so far, replayed on every run (none yet).</summary>
    public static readonly string[] RegressionSeeds = [];

    private void AnswersOrTypedError(string query)
    {
        var clock = Stopwatch.StartNew();
        try
        {
            index.Search(query, r => r with { Limit = 5 });
        }
        catch (SearchQueryException e)
        {
            Assert.Matches("^[a-z_]+$", e.Code);
            Assert.False(string.IsNullOrWhiteSpace(e.Message));
        }
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"query took {clock.Elapsed.TotalSeconds:0.0} s");
    }

    [Fact]
    public void StructuredQueries_AnswerOrGiveATypedError() => Structured.Sample(AnswersOrTypedError, iter: 3000);

    [Fact]
    public void RandomUnicodeQueries_AnswerOrGiveATypedError() => Gen.String.Sample(AnswersOrTypedError, iter: 3000);

    [Fact]
    public void TenThousandCharacterQueries_AreRefusedWithAStableCode()
    {
        var e = Assert.Throws<SearchQueryException>(() => index.Search(new string('a', 10_000)));
        Assert.Equal("query_too_long", e.Code);
    }
}
