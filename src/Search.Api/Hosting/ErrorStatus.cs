using Search.Core.Errors;

namespace Search.Api.Hosting;

/// <summary>The HTTP status of each kind of error, and the code of an answer given with a bare status (an unknown route, a wrong method).</summary>
public static class ErrorStatus
{
    public static int Of(ErrorKind kind) => kind switch
    {
        ErrorKind.InvalidRequest => StatusCodes.Status400BadRequest,
        ErrorKind.Unauthenticated => StatusCodes.Status401Unauthorized,
        ErrorKind.Denied => StatusCodes.Status403Forbidden,
        ErrorKind.NotFound => StatusCodes.Status404NotFound,
        ErrorKind.WrongMethod => StatusCodes.Status405MethodNotAllowed,
        ErrorKind.BodyTooLarge => StatusCodes.Status413PayloadTooLarge,
        ErrorKind.AddressTooLong => StatusCodes.Status414UriTooLong,
        ErrorKind.UnsupportedBody => StatusCodes.Status415UnsupportedMediaType,
        ErrorKind.TooManyRequests => StatusCodes.Status429TooManyRequests,
        ErrorKind.TimedOut => StatusCodes.Status503ServiceUnavailable,
        _ => StatusCodes.Status500InternalServerError,
    };

    public static int Of(ErrorCode error) => Of(error.Kind);

    /// <summary>The code for an answer of this status that no code was given for.</summary>
    public static ErrorCode CodeFor(int status) => status switch
    {
        401 => ErrorCodes.Unauthorized,
        403 => ErrorCodes.Forbidden,
        404 => ErrorCodes.NotFound,
        405 => ErrorCodes.MethodNotAllowed,
        413 => ErrorCodes.BodyTooLarge,
        414 => ErrorCodes.UriTooLong,
        415 => ErrorCodes.UnsupportedMediaType,
        429 => ErrorCodes.RateLimited,
        503 => ErrorCodes.SearchTimeout,
        >= 500 => ErrorCodes.InternalError,
        _ => ErrorCodes.BadRequest,
    };
}
