using System.Text.Json;
using System.Text.Json.Serialization;
using Search.Api.Contracts;
using Search.Api.Endpoints;

namespace Search.Api.Hosting;

/// <summary>Source-generated JSON for the answers served most: no reflection on the hot path.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(SearchResponse))]
[JsonSerializable(typeof(ArticleResponse))]
[JsonSerializable(typeof(CopiesResponse))]
[JsonSerializable(typeof(CompareResponse))]
[JsonSerializable(typeof(TimelineResponse))]
[JsonSerializable(typeof(IReadOnlyList<HitDto>))]
[JsonSerializable(typeof(IReadOnlyList<FacetValueDto>))]
[JsonSerializable(typeof(FacetEndpoints.PivotResponse))]
[JsonSerializable(typeof(StatsEndpoints.StatsResponse))]
internal sealed partial class ApiJsonContext : JsonSerializerContext;
