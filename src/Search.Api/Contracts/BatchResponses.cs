namespace Search.Api.Contracts;

/// <summary>One line of a batch's NDJSON answer: a query's total and counts, or its error; search is the page's address for it.</summary>
public sealed record BatchLine(int Index, string Name, string Q, int? Total, IReadOnlyDictionary<string, int>? Counts, BatchError? Error, string? Search);

/// <summary>Why one query of a batch could not run (the others still do).</summary>
public sealed record BatchError(string Code, string Detail, string Parameter);
