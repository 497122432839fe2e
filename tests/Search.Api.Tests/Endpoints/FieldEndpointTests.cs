using Search.Tests.Shared;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Search.Core.Schema;

namespace Search.Api.Tests.Endpoints;

/// <summary>The field catalog drives the API: filters, facets, export columns, the OpenAPI document and GET /api/fields.</summary>
[Collection(ApiCollection.Name)]
public class FieldEndpointTests(ApiFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task EveryCatalogFilter_IsASearchParameter_InTheOpenApiDocument_AndServedByApiFields()
    {
        var document = (await _client.GetJsonAsync("/openapi/v1.json"));
        var parameters = document.GetProperty("paths").GetProperty("/api/search").GetProperty("get").GetProperty("parameters")
            .EnumerateArray().Select(p => p.GetProperty("name").GetString()).ToHashSet();
        var fields = (await _client.GetJsonAsync("/api/fields")).EnumerateArray().ToList();
        foreach (var filter in FieldCatalog.Filters)
        {
            Assert.Contains(filter.Name, parameters);
            var served = fields.Single(f => f.GetProperty("name").GetString() == filter.Name);
            Assert.True(served.GetProperty("filter").GetBoolean());
            Assert.Equal(filter.Label, served.GetProperty("label").GetString());
        }
        Assert.Equal(FieldCatalog.Facets.Select(f => f.Name), fields.Where(f => f.GetProperty("facet").GetBoolean()).Select(f => f.GetProperty("name").GetString()));
    }

    [Fact]
    public async Task TheCommaFormOfAFilter_EqualsTheRepeatedForm()
    {
        var comma = (await _client.GetJsonAsync("/api/search?outlet=Harbour%20Times,Reuters&facets=")).GetProperty("total").GetInt32();
        var repeated = (await _client.GetJsonAsync("/api/search?outlet=Harbour%20Times&outlet=Reuters&facets=")).GetProperty("total").GetInt32();
        var one = (await _client.GetJsonAsync("/api/search?outlet=Harbour%20Times&facets=")).GetProperty("total").GetInt32();
        Assert.Equal(repeated, comma);
        Assert.True(comma > one);
    }

    [Fact]
    public async Task PostFacetsAsAnArray_CountsThoseFacets()
    {
        var response = await _client.PostAsJsonAsync("/api/search", new { q = "harbour", facets = new[] { "author", "year" }, limit = 1 });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var facets = (await response.ReadJsonAsync()).GetProperty("facets");
        Assert.Equal(["author", "year"], facets.EnumerateObject().Select(p => p.Name).Order());
        Assert.Contains(facets.GetProperty("author").EnumerateArray(), v => v.GetProperty("value").GetString() == "Jane Doe");
    }

    [Fact]
    public async Task PivotTotals_CountArticles_NotCellsOfTheShownRows()
    {
        var pivot = (await _client.GetJsonAsync("/api/pivot?q=harbour&rows=author&columns=year&size=10"));
        var years = (await _client.GetJsonAsync("/api/search?q=harbour&facets=year&limit=1"))
            .GetProperty("facets").GetProperty("year").EnumerateArray().ToDictionary(y => y.GetProperty("value").GetString()!, y => y.GetProperty("count").GetInt32());
        var columns = pivot.GetProperty("columnValues").EnumerateArray().ToList();
        Assert.NotEmpty(columns);
        foreach (var column in columns)
        {
            // Every report has two authors: a sum over rows would count each article twice.
            Assert.Equal(years[column.GetProperty("value").GetString()!], column.GetProperty("count").GetInt32());
        }
        var jane = pivot.GetProperty("rowValues").EnumerateArray().Single(r => r.GetProperty("value").GetString() == "Jane Doe");
        Assert.Equal(ApiFactory.GeneratedCount, jane.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task ALabelField_IsListed_AndHitsAndArticlesCarryItUnderItsName()
    {
        var fields = (await _client.GetJsonAsync("/api/fields")).EnumerateArray().ToList();
        var language = Assert.Single(fields, f => f.GetProperty("name").GetString() == "language");
        Assert.True(language.GetProperty("isLabel").GetBoolean());
        Assert.True(language.GetProperty("facet").GetBoolean());

        var search = await _client.GetJsonAsync("/api/search?q=harbour&facets=language&limit=3");
        Assert.All(search.GetProperty("hits").EnumerateArray(), h => Assert.Equal("en", h.GetProperty("language").GetString()));
        Assert.Contains(search.GetProperty("facets").GetProperty("language").EnumerateArray(), v => v.GetProperty("value").GetString() == "en");
        var id = search.GetProperty("hits")[0].GetProperty("id").GetString()!;
        Assert.Equal("en", (await _client.GetJsonAsync($"/api/articles/{Uri.EscapeDataString(id)}")).GetProperty("language").GetString());
        var csv = await _client.GetStringAsync("/api/export?q=harbour&fields=id,language");
        Assert.StartsWith("id,language", csv.TrimStart('\uFEFF'));
        Assert.Contains(",en", csv);
    }
}
