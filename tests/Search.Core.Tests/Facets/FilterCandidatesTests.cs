using Lucene.Net.Index;
using Lucene.Net.Search;
using Search.Core.Facets;
using Search.Core.Indexing;
using Search.Core.Searching;

namespace Search.Core.Tests.Facets;

/// <summary>
/// A search with filters visits only the documents its collector keeps (<see cref="FilterCandidates"/>): those passing
/// every filter, and those failing exactly one filter whose facet is counted. Counts and hits stay what a visit of
/// every match gives.
/// </summary>
[Collection(SampleIndexCollection.Name)]
public class FilterCandidatesTests(SampleIndexFixture index)
{
    private SearchResult Search(string q, Dictionary<string, IReadOnlyList<string>> filters, params string[] facets) =>
        index.Search(q, r => r with { Filters = filters, Facets = facets, Limit = 100 });

    [Fact]
    public void TwoFilters_KeepMultiSelectCountsOfEach()
    {
        string[] outlets = ["Harbour Times", "Reuters", "Axios", "Times of Israel"];
        var outletOnly = Search("", new() { ["outlet"] = outlets }, "outlet", "country", "year");
        var country = outletOnly.Facets["country"][0].Value;
        var both = Search("", new() { ["outlet"] = outlets, ["country"] = [country] }, "outlet", "country", "year");
        var countryOnly = Search("", new() { ["country"] = [country] }, "outlet", "country", "year");
        // Each filter's facet counts as if only the other filter were set; the hits pass both.
        // (A ticked value shows even at zero.)
        static IEnumerable<(string, int)> Counted(IEnumerable<FacetCount> facet) => facet.Where(f => f.Count > 0).Select(f => (f.Value, f.Count));
        Assert.Equal(Counted(countryOnly.Facets["outlet"]), Counted(both.Facets["outlet"]));
        Assert.Equal(Counted(outletOnly.Facets["country"]), Counted(both.Facets["country"]));
        Assert.True(both.Total > 0);
        Assert.Equal(countryOnly.Facets["outlet"].Where(f => outlets.Contains(f.Value)).Sum(f => f.Count), both.Total);
        Assert.All(both.Hits, h => Assert.Contains(h.Article.Outlet, outlets));
    }

    [Fact]
    public void TheCandidates_AreWhatTheCollectorKeeps()
    {
        using var directory = IndexStore.Open(index.IndexPath);
        using var reader = DirectoryReader.Open(directory);
        var searcher = new IndexSearcher(reader);
        KeywordFilter[] filters = [new("outlet", ["harbour times"]), new("year", ["2020"]), new("country", ["us"])];
        var leaf = reader.Leaves[0].AtomicReader;
        bool Passes(int doc, int filter) => filters[filter].Bits(leaf).Get(doc);
        int Failed(int doc) => Enumerable.Range(0, filters.Length).Count(f => !Passes(doc, f));

        // Counted facets: outlet only. Kept: every filter passed, or only the outlet filter failed.
        var expected = Enumerable.Range(0, leaf.MaxDoc).Count(d => Failed(d) == 0 || (Failed(d) == 1 && !Passes(d, 0)));
        var restricted = FilterCandidates.Restrict(new MatchAllDocsQuery(), filters, ["outlet"]);
        Assert.IsType<FilteredQuery>(restricted);
        Assert.Equal(expected, searcher.Search(restricted, 1).TotalHits);
        Assert.True(expected < reader.NumDocs);

        // One filter whose facet is counted: every match counts in that facet, so nothing is left out.
        var single = new MatchAllDocsQuery();
        Assert.Same(single, FilterCandidates.Restrict(single, [filters[0]], ["outlet"]));
    }
}
