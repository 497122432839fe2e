using System.Text.Json;
using System.Text.Json.Serialization;
using Search.Api.Contracts;

namespace Search.Api.Hosting;

/// <summary>Source-generated JSON for every answer shape in <c>Contracts/</c>: no reflection when writing.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(SearchResponse))]
[JsonSerializable(typeof(ArticleResponse))]
[JsonSerializable(typeof(CopiesResponse))]
[JsonSerializable(typeof(CompareResponse))]
[JsonSerializable(typeof(TimelineResponse))]
[JsonSerializable(typeof(IReadOnlyList<HitDto>))]
[JsonSerializable(typeof(IReadOnlyList<FacetValueDto>))]
[JsonSerializable(typeof(PivotResponse))]
[JsonSerializable(typeof(StatsResponse))]
[JsonSerializable(typeof(HealthResponse))]
[JsonSerializable(typeof(IReadOnlyList<FieldDto>))]
[JsonSerializable(typeof(IReadOnlyList<ErrorDto>))]
[JsonSerializable(typeof(IReadOnlyList<SavedSearchDto>))]
[JsonSerializable(typeof(SavedSearchDto))]
[JsonSerializable(typeof(BatchLine))]
internal sealed partial class ApiJsonContext : JsonSerializerContext;

/// <summary>The same source-generated types, written as streamed lines are: accents and quotes as themselves.</summary>
internal static class StreamJson
{
    private static readonly ApiJsonContext Context = new(Streams.TableStream.LineOptions());

    public static System.Text.Json.Serialization.Metadata.JsonTypeInfo<BatchLine> BatchLine => Context.BatchLine;
}
