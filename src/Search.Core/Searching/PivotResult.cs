namespace Search.Core.Searching;

/// <summary>A counts matrix of two facets over the matches: rows and columns ordered by their totals.</summary>
public sealed record PivotResult(string Rows, string Columns, int Total, IReadOnlyList<string> ColumnValues, IReadOnlyList<PivotRow> RowValues);

/// <summary>One row of a pivot: its value, its total over the shown columns, and a count per column value.</summary>
public sealed record PivotRow(string Value, int Total, IReadOnlyDictionary<string, int> Counts);
