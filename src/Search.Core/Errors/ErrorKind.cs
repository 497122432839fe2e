namespace Search.Core.Errors;

/// <summary>What kind of refusal an <see cref="ErrorCode"/> is; the API answers each kind with its HTTP status.</summary>
public enum ErrorKind
{
    /// <summary>The request names something wrongly: a query, a parameter, a body.</summary>
    InvalidRequest,

    /// <summary>The request needs an API key it did not bring, or brought one the service does not accept.</summary>
    Unauthenticated,

    /// <summary>The key is known but may not do this.</summary>
    Denied,

    /// <summary>No such article or address.</summary>
    NotFound,

    /// <summary>The address does not take this method.</summary>
    WrongMethod,

    /// <summary>The body is larger than the service reads.</summary>
    BodyTooLarge,

    /// <summary>The address is longer than the service reads.</summary>
    AddressTooLong,

    /// <summary>The body is not of a type the service reads.</summary>
    UnsupportedBody,

    /// <summary>Too many requests of a kind from one client; try again later.</summary>
    TooManyRequests,

    /// <summary>Something failed inside the service.</summary>
    Failed,

    /// <summary>The work ran past its time budget; try again later.</summary>
    TimedOut,
}
