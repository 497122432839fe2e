using System.Text.RegularExpressions;
using Search.Core.Searching;
using Search.Tests.Shared;

namespace Search.Core.Tests.Querying;

/// <summary>
/// Every query example of the README's query table and of the page's "Query syntax" list, run over the test corpus and
/// checked against what its row says. A new example in either place fails here until it gets an expectation below.
/// </summary>
[Collection(SampleIndexCollection.Name)]
public partial class DocumentedQueryTests(SampleIndexFixture index)
{
    private const string Rt = "000_6e3a7f385a97d3c7.txt";
    private const string Axios = "002_a4067f249d653682.txt";
    private const string Debka = "003_0a2875be338a0729.txt";
    private const string GlobalResearch = "004_cf16c801bd8bde5b.txt";

    public static TheoryData<string> Examples()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "README.md"));
        var table = readme[readme.IndexOf("| you type | it finds |", StringComparison.Ordinal)..];
        table = table[..table.IndexOf("\n\n", StringComparison.Ordinal)];
        var fromReadme = table.Split('\n').Skip(2).SelectMany(row => Code().Matches(row.Split('|')[1]).Select(m => m.Groups[1].Value));
        var page = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "src", "Search.Api", "wwwroot", "index.html"));
        var syntax = page[page.IndexOf("<summary>Query syntax</summary>", StringComparison.Ordinal)..page.IndexOf("</details>", StringComparison.Ordinal)];
        var fromPage = HtmlCode().Matches(syntax).Select(m => System.Net.WebUtility.HtmlDecode(m.Groups[1].Value));
        var data = new TheoryData<string>();
        foreach (var example in fromReadme.Concat(fromPage).Distinct())
        {
            data.Add(example);
        }
        return data;
    }

    [GeneratedRegex("`([^`]+)`")]
    private static partial Regex Code();

    [GeneratedRegex("<code>(.*?)</code>")]
    private static partial Regex HtmlCode();

    private HashSet<string> Ids(string q) => index.Searcher.Export(new SearchRequest { Query = q }, includeText: false).Select(a => a.Id).ToHashSet();

    private Action Includes(string q, params string[] ids) => () => Assert.Superset(ids.ToHashSet(), Ids(q));

    private Action IncludesNot(string q, string[] ids, string[] not) => () =>
    {
        var found = Ids(q);
        Assert.Superset(ids.ToHashSet(), found);
        Assert.Empty(found.Intersect(not));
    };

    private Dictionary<string, Action> Expectations()
    {
        var iran = Ids("Iran");
        var iraq = Ids("Iraq");
        return new()
        {
            ["Iran Syria strike"] = () => Assert.NotEmpty(Ids("Iran Syria strike")),
            ["\"air strikes\""] = () => Assert.NotEmpty(Ids("\"air strikes\"")),
            ["Iran OR Iraq"] = () => Assert.Equal(iran.Union(iraq).Order(), Ids("Iran OR Iraq").Order()),
            ["Iran NOT Iraq"] = () => Assert.Equal(iran.Except(iraq).Order(), Ids("Iran NOT Iraq").Order()),
            ["+Iran -Iraq"] = () => Assert.Equal(iran.Except(iraq).Order(), Ids("+Iran -Iraq").Order()),
            ["(Iran OR Iraq) drone"] = () => Assert.Equal(iran.Union(iraq).Intersect(Ids("drone")).Order(), Ids("(Iran OR Iraq) drone").Order()),
            ["NOT Iran"] = () => Assert.Equal(TestCorpus.Total - iran.Count, index.Search("NOT Iran").Total),
            ["-Iran"] = () => Assert.Equal(TestCorpus.Total - iran.Count, index.Search("-Iran").Total),
            ["*:*"] = () => Assert.Equal(TestCorpus.Total, index.Search("*:*").Total),
            ["\"Israel strike\"~5"] = Includes("\"Israel strike\"~5", Axios),
            ["Netanyah*"] = () => Assert.NotEmpty(Ids("Netanyah*")),
            ["Ya?alon"] = Includes("Ya?alon", "edge-names"),
            ["Soleimani~"] = Includes("Soleimani~", Debka),
            ["US"] = Includes("US", Axios, Rt, "edge-acronyms"),
            ["UN"] = Includes("UN", GlobalResearch),
            ["WHO"] = IncludesNot("WHO", ["edge-acronyms"], [GlobalResearch]),
            ["AIDS"] = () => Assert.Equal(["edge-acronyms"], Ids("AIDS")),
            ["IT"] = () => Assert.Equal(["edge-acronyms"], Ids("IT")),
            ["Soleimani"] = Includes("Soleimani", Debka, GlobalResearch, "edge-names"),
            ["\"Benny Gantz\""] = Includes("\"Benny Gantz\"", Debka),
            ["title:Iran"] = () => Assert.NotEmpty(Ids("title:Iran")),
            ["body:drone"] = Includes("body:drone", Debka),
            ["outlet:RT"] = () => Assert.Equal([Rt], Ids("outlet:RT")),
            ["country:Iran"] = () => Assert.Equal(Ids("country:IR").Order(), Ids("country:Iran").Order()),
            ["country:IR"] = () => Assert.NotEmpty(Ids("country:IR")),
            ["person:Gantz"] = Includes("person:Gantz", Debka),
            ["person:\"Benny Gantz\""] = Includes("person:\"Benny Gantz\"", Debka),
            ["author:Berletic"] = () => Assert.Equal([GlobalResearch], Ids("author:Berletic")),
            ["cites:Guardian"] = Includes("cites:Guardian", GlobalResearch),
            ["cites:WSJ"] = Includes("cites:WSJ", Rt),
            ["language:en"] = Includes("language:en", Rt, Axios, Debka, GlobalResearch),
            ["published:[2014 TO 2016-06]"] = IncludesNot("published:[2014 TO 2016-06]", [Debka], [Rt, GlobalResearch]),
            ["published:[2014 TO 2016]"] = IncludesNot("published:[2014 TO 2016]", [Debka], [Rt, GlobalResearch]),
            ["published:[2021 TO *]"] = IncludesNot("published:[2021 TO *]", [Rt, GlobalResearch], [Debka]),
            ["published:{2014 TO 2022}"] = IncludesNot("published:{2014 TO 2022}", [GlobalResearch], [Rt, Debka]),
        };
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void EveryDocumentedExample_FindsWhatItsRowSays(string example)
    {
        Assert.True(Expectations().TryGetValue(example, out var expectation), $"the documented example {example} has no expectation here: add one");
        Assert.True(index.Search(example).Total > 0, $"{example} finds nothing");
        expectation!();
    }
}
