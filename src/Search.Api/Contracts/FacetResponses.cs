namespace Search.Api.Contracts;

/// <summary>What <c>GET /api/pivot</c> answers: two facets counted against each other.</summary>
public sealed record PivotResponse(string Rows, string Columns, int Total, IReadOnlyList<FacetValueDto> ColumnValues, IReadOnlyList<PivotRowDto> RowValues);

/// <summary>One row of a pivot: a value of the rows' facet, its total, and its count for each column value.</summary>
public sealed record PivotRowDto(string Value, string? Name, int Total, IReadOnlyDictionary<string, int> Counts);
