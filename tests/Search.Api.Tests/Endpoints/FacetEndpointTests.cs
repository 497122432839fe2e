using System.Net;
using System.Text.Json;
using System.Text;
using Search.Core.Ingest;
using Search.Tests.Shared;

namespace Search.Api.Tests.Endpoints;

/// <summary><c>GET /api/facets/{field}</c> and <c>GET /api/pivot</c>.</summary>
[Collection(ApiCollection.Name)]
public class FacetEndpointTests(ApiFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    private Task<JsonElement> Json(string url) => _client.GetJsonAsync(url);

    [Fact]
    public async Task FacetValueSearch_FindsPeopleByPrefixWithCounts()
    {
        var people = await Json("/api/facets/person?prefix=net");
        var person = Assert.Single(people.EnumerateArray());
        Assert.Equal("Benjamin Netanyahu", person.GetProperty("value").GetString());
        var countries = await Json("/api/facets/country?prefix=om&q=harbour");
        Assert.Equal(ApiFactory.GeneratedCount, countries.EnumerateArray().Single(c => c.GetProperty("value").GetString() == "OM").GetProperty("count").GetInt32());
        Assert.Equal("Oman", countries[0].GetProperty("name").GetString());
    }

    [Fact]
    public async Task Pivot_CountsOutletsAgainstCountries()
    {
        var pivot = await Json("/api/pivot?rows=outlet&columns=country&q=Iran");
        Assert.Equal(4, pivot.GetProperty("total").GetInt32());
        var rt = pivot.GetProperty("rowValues").EnumerateArray().Single(r => r.GetProperty("value").GetString() == "RT");
        Assert.Equal(1, rt.GetProperty("counts").GetProperty("SY").GetInt32());
        Assert.Contains(pivot.GetProperty("columnValues").EnumerateArray(), c => c.GetProperty("name").GetString() == "Syria");
    }
}
