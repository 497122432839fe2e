using Search.Api.Endpoints;
using System.Net;
using System.Text.Json;
using System.Text;
using Search.Core.Ingest;
using Search.Tests.Shared;

namespace Search.Api.Tests.Endpoints;

/// <summary>Parameters as declared once (<c>ApiParameters</c>): what endpoints refuse, and what the OpenAPI document says of them.</summary>
[Collection(ApiCollection.Name)]
public class DeclaredParameterTests(ApiFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [InlineData("/api/facets/colour", "unknown_facet", "field")]
    [InlineData("/api/facets/person?limit=0", "limit_out_of_range", "limit")]
    [InlineData("/api/facets/person?sort=newest", "unknown_parameter", "sort")]
    [InlineData("/api/pivot?rows=colour", "unknown_facet", "rows")]
    [InlineData("/api/pivot?size=0", "facet_size_out_of_range", "size")]
    [InlineData("/api/export?format=xml", "invalid_format", "format")]
    [InlineData("/api/export?fields=id,colour", "unknown_field", "fields")]
    [InlineData("/api/export?limit=5", "unknown_parameter", "limit")]
    [InlineData("/api/articles/000_6e3a7f385a97d3c7.txt/similar?limit=1000", "limit_out_of_range", "limit")]
    [InlineData("/api/articles/000_6e3a7f385a97d3c7.txt?colour=red", "unknown_parameter", "colour")]
    [InlineData("/api/search?q=Putin&transliterate=maybe", "invalid_boolean", "transliterate")]
    [InlineData("/api/export?q=Putin&transliterate=1", "invalid_boolean", "transliterate")]
    public async Task BadParameters_AreProblemsNamingTheParameter(string url, string code, string parameter) =>
        await Problems.AssertBadRequestAsync(await _client.GetAsync(url), code, parameter);

    [Fact]
    public async Task TheOpenApiDocument_GivesEachParameterItsDeclaredTypeDefaultAndRange()
    {
        var doc = await _client.GetJsonAsync("/openapi/v1.json");
        JsonElement Schema(string path, string name) => doc.GetProperty("paths").GetProperty(path).GetProperty("get").GetProperty("parameters")
            .EnumerateArray().Single(p => p.GetProperty("name").GetString() == name).GetProperty("schema");

        var limit = Schema("/api/search", "limit");
        Assert.Equal(new Search.Core.Searching.SearchRequest().Limit, limit.GetProperty("default").GetInt32());
        Assert.Equal(Search.Core.Searching.SearchRequest.MaxLimit, limit.GetProperty("maximum").GetInt32());
        Assert.Equal(0, limit.GetProperty("minimum").GetInt32());
        // One name, two declarations: a facet's values default to their own number.
        Assert.Equal(ApiParameters.FacetLimit.Default, Schema("/api/facets/{field}", "limit").GetProperty("default").GetInt32());
        Assert.NotEqual(ApiParameters.Limit.Default, ApiParameters.FacetLimit.Default);
        Assert.Equal(["relevance", "newest", "oldest", "added"], Schema("/api/search", "sort").GetProperty("enum").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("outlet", Schema("/api/pivot", "rows").GetProperty("default").GetString());
        Assert.Equal(ApiParameters.Highlight.Default, Schema("/api/search", "highlight").GetProperty("default").GetBoolean());
        // A switch of the selection: every endpoint that selects articles takes it.
        Assert.True(Schema("/api/search", "transliterate").GetProperty("default").GetBoolean());
        Assert.Equal("boolean", Schema("/api/export", "transliterate").GetProperty("type").GetString());
        Assert.Equal("array", Schema("/api/search", "country").GetProperty("type").GetString());
    }

    [Fact]
    public async Task AnEndpoint_AppliesTheDefaultItDeclares()
    {
        var all = (await _client.GetJsonAsync("/api/facets/person?limit=1000")).GetArrayLength();
        Assert.True(all > ApiParameters.FacetLimit.Default, "the corpus needs more people than the default shows");
        Assert.Equal(ApiParameters.FacetLimit.Default, (await _client.GetJsonAsync("/api/facets/person")).GetArrayLength());
        var pivot = await _client.GetJsonAsync("/api/pivot");
        Assert.Equal(ApiParameters.Rows.Default, pivot.GetProperty("rows").GetString());
        Assert.Equal(ApiParameters.Columns.Default, pivot.GetProperty("columns").GetString());
        var hits = (await _client.GetJsonAsync("/api/search?facets=")).GetProperty("hits").GetArrayLength();
        Assert.Equal(ApiParameters.Limit.Default, hits);
    }
}
