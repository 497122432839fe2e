namespace Search.Core.Errors;

/// <summary>
/// A request the service refuses, with its <see cref="ErrorCode"/> (which fixes the HTTP status), a message for people,
/// the parameter at fault and, for queries, the 1-based character position. The one exception type for refused
/// requests: the API maps it to problem details in one place.
/// </summary>
public sealed class SearchRequestException(ErrorCode error, string message, string parameter = "q", int? position = null)
    : Exception(message)
{
    public ErrorCode Error { get; } = error;

    public string Code => Error.Code;

    public string Parameter { get; } = parameter;

    public int? Position { get; } = position;
}
