namespace Search.Core.Searching;

/// <summary>
/// A query or request the engine cannot run, with a stable machine <see cref="Code"/> (<c>invalid_query</c>,
/// <c>unknown_field</c>, <c>invalid_cursor</c>, …), a message for people, the parameter at fault and, where known, the
/// 1-based character position in the query.
/// </summary>
public sealed class SearchQueryException(string code, string message, string parameter = "q", int? position = null)
    : Exception(message)
{
    public string Code { get; } = code;
    public string Parameter { get; } = parameter;
    public int? Position { get; } = position;
}
