namespace Search.Core.Facets;

/// <summary>
/// Two facets counted against each other over the matches: the columns and rows with the most articles, each with its
/// article count (an article counts once per row and per column value it has), and a count per cell.
/// </summary>
public sealed record PivotResult(string Rows, string Columns, int Total, IReadOnlyList<FacetCount> ColumnValues, IReadOnlyList<PivotRow> RowValues);

/// <summary>One row of a pivot: its value, how many matching articles have it, a count per column value, and a name for codes (countries).</summary>
public sealed record PivotRow(string Value, int Total, IReadOnlyDictionary<string, int> Counts, string? Name = null);
