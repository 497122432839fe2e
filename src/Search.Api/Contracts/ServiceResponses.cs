namespace Search.Api.Contracts;

/// <summary>The API's limits, as <c>GET /api/stats</c> gives them.</summary>
public sealed record Limits(int MaxLimit, int MaxOffsetWindow, int MaxQueryLength, int MaxFacetSize, int ExportsPerMinute);

/// <summary>What <c>GET /api/stats</c> answers: what the index holds, and the limits.</summary>
public sealed record StatsResponse(int Articles, int Outlets, string? EarliestPublished, string? LatestPublished, DateTime? LastUpdated, long IndexBytes, Limits Limits);

/// <summary>What <c>GET /health</c> answers once the index is open.</summary>
public sealed record HealthResponse(string Status, int Articles);

/// <summary>One field of the catalog, as <c>GET /api/fields</c> lists it; <c>isLabel</c>: a one-valued keyword hits and articles carry as a property of its name.</summary>
public sealed record FieldDto(string Name, string Label, string Kind, string Description, IReadOnlyList<string> QueryNames, bool Facet, bool Filter, string? Export, bool IsLabel);

/// <summary>One error code, as <c>GET /api/errors</c> lists it.</summary>
public sealed record ErrorDto(string Code, int Status, string Meaning);
