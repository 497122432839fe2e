namespace Search.Core.Errors;

/// <summary>
/// Every error the service answers with, in one table: the API maps each kind to its HTTP status, and each code to problem details, and
/// the OpenAPI document lists them. Codes are stable: clients may branch on them.
/// </summary>
public static class ErrorCodes
{
    public static readonly ErrorCode InvalidQuery = new("invalid_query", ErrorKind.InvalidRequest, "The query cannot be read (unbalanced quote or bracket, operator without words, a control character); position says where.");
    public static readonly ErrorCode QueryTooLong = new("query_too_long", ErrorKind.InvalidRequest, "The query is longer than the documented limit.");
    public static readonly ErrorCode QueryTooComplex = new("query_too_complex", ErrorKind.InvalidRequest, "A wildcard or fuzzy term expands to too many words.");
    public static readonly ErrorCode UnknownField = new("unknown_field", ErrorKind.InvalidRequest, "A field name before a colon in the query, or an export column, is not one of the service's.");
    public static readonly ErrorCode UnknownFacet = new("unknown_facet", ErrorKind.InvalidRequest, "A facet name is not one of the service's.");
    public static readonly ErrorCode UnknownParameter = new("unknown_parameter", ErrorKind.InvalidRequest, "A query parameter or body property the endpoint does not take.");
    public static readonly ErrorCode RepeatedParameter = new("repeated_parameter", ErrorKind.InvalidRequest, "A parameter that takes one value was given several times.");
    public static readonly ErrorCode InvalidInteger = new("invalid_integer", ErrorKind.InvalidRequest, "A parameter that takes a whole number was given something else.");
    public static readonly ErrorCode InvalidBoolean = new("invalid_boolean", ErrorKind.InvalidRequest, "A parameter that takes true or false was given something else.");
    public static readonly ErrorCode InvalidDate = new("invalid_date", ErrorKind.InvalidRequest, "A date is not 2014, 2014-06 or 2014-06-17, or from is after to.");
    public static readonly ErrorCode InvalidSort = new("invalid_sort", ErrorKind.InvalidRequest, "sort is not relevance, newest, oldest or added.");
    public static readonly ErrorCode InvalidValues = new("invalid_values", ErrorKind.InvalidRequest, "values names fewer than two or more than ten values to compare.");
    public static readonly ErrorCode InvalidInterval = new("invalid_interval", ErrorKind.InvalidRequest, "interval is not year or month.");
    public static readonly ErrorCode InvalidCollapse = new("invalid_collapse", ErrorKind.InvalidRequest, "collapse is not copies (or empty).");
    public static readonly ErrorCode InvalidCursor = new("invalid_cursor", ErrorKind.InvalidRequest, "The cursor was not given by this service for this query and sort, or comes with an offset.");
    public static readonly ErrorCode InvalidFormat = new("invalid_format", ErrorKind.InvalidRequest, "An export format other than csv or ndjson.");
    public static readonly ErrorCode InvalidBody = new("invalid_body", ErrorKind.InvalidRequest, "The JSON body is not valid JSON, not an object, repeats a property, or gives a property the wrong type.");
    public static readonly ErrorCode LimitOutOfRange = new("limit_out_of_range", ErrorKind.InvalidRequest, "limit is outside its documented range.");
    public static readonly ErrorCode OffsetOutOfRange = new("offset_out_of_range", ErrorKind.InvalidRequest, "offset is negative, or offset + limit passes 10,000 (use cursor).");
    public static readonly ErrorCode FacetSizeOutOfRange = new("facet_size_out_of_range", ErrorKind.InvalidRequest, "facetSize (or a pivot's size) is outside its documented range.");
    public static readonly ErrorCode FragmentsOutOfRange = new("fragments_out_of_range", ErrorKind.InvalidRequest, "fragments is outside its documented range.");
    public static readonly ErrorCode FragmentSizeOutOfRange = new("fragment_size_out_of_range", ErrorKind.InvalidRequest, "fragmentSize is outside its documented range.");
    public static readonly ErrorCode TooManyQueries = new("too_many_queries", ErrorKind.InvalidRequest, "A batch has more queries than the documented limit, or none.");
    public static readonly ErrorCode InvalidSavedSearch = new("invalid_saved_search", ErrorKind.InvalidRequest, "A saved search needs a name and a search (a query string or a search body) that runs.");
    public static readonly ErrorCode Unauthorized = new("unauthorized", ErrorKind.Unauthenticated, "This needs an API key: send Authorization: Bearer <key> (keys are made with the indexer's keys command).");
    public static readonly ErrorCode InvalidKey = new("invalid_key", ErrorKind.Unauthenticated, "The API key is not one this service knows.");
    public static readonly ErrorCode KeyRevoked = new("key_revoked", ErrorKind.Unauthenticated, "The API key was revoked.");
    public static readonly ErrorCode Forbidden = new("forbidden", ErrorKind.Denied, "The saved search belongs to another API key.");
    public static readonly ErrorCode ReadOnlyKey = new("read_only_key", ErrorKind.Denied, "The API key has the reader role: it searches and reads; saving searches needs a writer key.");
    public static readonly ErrorCode InvalidFeedToken = new("invalid_feed_token", ErrorKind.Denied, "The feed's token is missing or not the saved search's current one.");
    public static readonly ErrorCode NotFound = new("not_found", ErrorKind.NotFound, "No such article, or no such address.");
    public static readonly ErrorCode MethodNotAllowed = new("method_not_allowed", ErrorKind.WrongMethod, "The address exists but does not take this HTTP method.");
    public static readonly ErrorCode BodyTooLarge = new("body_too_large", ErrorKind.BodyTooLarge, "The request body is larger than the service reads.");
    public static readonly ErrorCode UriTooLong = new("uri_too_long", ErrorKind.AddressTooLong, "The address is longer than the service reads.");
    public static readonly ErrorCode UnsupportedMediaType = new("unsupported_media_type", ErrorKind.UnsupportedBody, "The body is not application/json.");
    public static readonly ErrorCode RateLimited = new("rate_limited", ErrorKind.TooManyRequests, "Too many exports from this client in a minute; Retry-After says when to try again.");
    public static readonly ErrorCode TooManyKeyAttempts = new("too_many_key_attempts", ErrorKind.TooManyRequests, "Too many requests with an unknown or revoked API key from this address; Retry-After says when to try again.");
    public static readonly ErrorCode InternalError = new("internal_error", ErrorKind.Failed, "Something failed inside the service; the log has the details.");
    public static readonly ErrorCode SearchTimeout = new("search_timeout", ErrorKind.TimedOut, "The search ran past its time budget and was stopped; Retry-After says when to try again.");
    public static readonly ErrorCode BadRequest = new("bad_request", ErrorKind.InvalidRequest, "The request cannot be read as HTTP.");

    /// <summary>Every code, in the order above.</summary>
    public static readonly IReadOnlyList<ErrorCode> All = typeof(ErrorCodes).GetFields()
        .Where(f => f.FieldType == typeof(ErrorCode)).Select(f => (ErrorCode)f.GetValue(null)!).ToList();
}
