namespace Search.Core.Errors;

/// <summary>
/// Every error the service answers with, in one table: the API maps each to its HTTP status and problem details, and
/// the OpenAPI document lists them. Codes are stable: clients may branch on them.
/// </summary>
public static class ErrorCodes
{
    public static readonly ErrorCode InvalidQuery = new("invalid_query", 400, "The query cannot be read (unbalanced quote or bracket, operator without words, a control character); position says where.");
    public static readonly ErrorCode QueryTooLong = new("query_too_long", 400, "The query is longer than the documented limit.");
    public static readonly ErrorCode QueryTooComplex = new("query_too_complex", 400, "A wildcard or fuzzy term expands to too many words.");
    public static readonly ErrorCode UnknownField = new("unknown_field", 400, "A field name before a colon in the query, or an export column, is not one of the service's.");
    public static readonly ErrorCode UnknownFacet = new("unknown_facet", 400, "A facet name is not one of the service's.");
    public static readonly ErrorCode UnknownParameter = new("unknown_parameter", 400, "A query parameter or body property the endpoint does not take.");
    public static readonly ErrorCode RepeatedParameter = new("repeated_parameter", 400, "A parameter that takes one value was given several times.");
    public static readonly ErrorCode InvalidInteger = new("invalid_integer", 400, "A parameter that takes a whole number was given something else.");
    public static readonly ErrorCode InvalidBoolean = new("invalid_boolean", 400, "A parameter that takes true or false was given something else.");
    public static readonly ErrorCode InvalidDate = new("invalid_date", 400, "A date is not 2014, 2014-06 or 2014-06-17, or from is after to.");
    public static readonly ErrorCode InvalidSort = new("invalid_sort", 400, "sort is not relevance, newest, oldest or added.");
    public static readonly ErrorCode InvalidValues = new("invalid_values", 400, "values names fewer than two or more than ten values to compare.");
    public static readonly ErrorCode InvalidInterval = new("invalid_interval", 400, "interval is not year or month.");
    public static readonly ErrorCode InvalidCollapse = new("invalid_collapse", 400, "collapse is not copies (or empty).");
    public static readonly ErrorCode InvalidCursor = new("invalid_cursor", 400, "The cursor was not given by this service for this query and sort, or comes with an offset.");
    public static readonly ErrorCode InvalidFormat = new("invalid_format", 400, "An export format other than csv or ndjson.");
    public static readonly ErrorCode InvalidBody = new("invalid_body", 400, "The JSON body is not valid JSON, not an object, repeats a property, or gives a property the wrong type.");
    public static readonly ErrorCode LimitOutOfRange = new("limit_out_of_range", 400, "limit is outside its documented range.");
    public static readonly ErrorCode OffsetOutOfRange = new("offset_out_of_range", 400, "offset is negative, or offset + limit passes 10,000 (use cursor).");
    public static readonly ErrorCode FacetSizeOutOfRange = new("facet_size_out_of_range", 400, "facetSize (or a pivot's size) is outside its documented range.");
    public static readonly ErrorCode FragmentsOutOfRange = new("fragments_out_of_range", 400, "fragments is outside its documented range.");
    public static readonly ErrorCode FragmentSizeOutOfRange = new("fragment_size_out_of_range", 400, "fragmentSize is outside its documented range.");
    public static readonly ErrorCode TooManyQueries = new("too_many_queries", 400, "A batch has more queries than the documented limit, or none.");
    public static readonly ErrorCode InvalidSavedSearch = new("invalid_saved_search", 400, "A saved search needs a name and a search (a query string or a search body) that runs.");
    public static readonly ErrorCode Unauthorized = new("unauthorized", 401, "This needs an API key: send Authorization: Bearer <key> (keys are made with the indexer's keys command).");
    public static readonly ErrorCode InvalidKey = new("invalid_key", 401, "The API key is not one this service knows.");
    public static readonly ErrorCode KeyRevoked = new("key_revoked", 401, "The API key was revoked.");
    public static readonly ErrorCode Forbidden = new("forbidden", 403, "The saved search belongs to another API key.");
    public static readonly ErrorCode ReadOnlyKey = new("read_only_key", 403, "The API key has the reader role: it searches and reads; saving searches needs a writer key.");
    public static readonly ErrorCode InvalidFeedToken = new("invalid_feed_token", 403, "The feed's token is missing or not the saved search's current one.");
    public static readonly ErrorCode NotFound = new("not_found", 404, "No such article, or no such address.");
    public static readonly ErrorCode MethodNotAllowed = new("method_not_allowed", 405, "The address exists but does not take this HTTP method.");
    public static readonly ErrorCode BodyTooLarge = new("body_too_large", 413, "The request body is larger than the service reads.");
    public static readonly ErrorCode UriTooLong = new("uri_too_long", 414, "The address is longer than the service reads.");
    public static readonly ErrorCode UnsupportedMediaType = new("unsupported_media_type", 415, "The body is not application/json.");
    public static readonly ErrorCode RateLimited = new("rate_limited", 429, "Too many exports from this client in a minute; Retry-After says when to try again.");
    public static readonly ErrorCode TooManyKeyAttempts = new("too_many_key_attempts", 429, "Too many requests with an unknown or revoked API key from this address; Retry-After says when to try again.");
    public static readonly ErrorCode InternalError = new("internal_error", 500, "Something failed inside the service; the log has the details.");
    public static readonly ErrorCode SearchTimeout = new("search_timeout", 503, "The search ran past its time budget and was stopped; Retry-After says when to try again.");
    public static readonly ErrorCode BadRequest = new("bad_request", 400, "The request cannot be read as HTTP.");

    /// <summary>Every code, in the order above.</summary>
    public static readonly IReadOnlyList<ErrorCode> All = typeof(ErrorCodes).GetFields()
        .Where(f => f.FieldType == typeof(ErrorCode)).Select(f => (ErrorCode)f.GetValue(null)!).ToList();

    /// <summary>The code for an answer of this status that no code was given for (an unknown route, a wrong method).</summary>
    public static ErrorCode ForStatus(int status) => status switch
    {
        401 => Unauthorized,
        403 => Forbidden,
        404 => NotFound,
        405 => MethodNotAllowed,
        413 => BodyTooLarge,
        414 => UriTooLong,
        415 => UnsupportedMediaType,
        429 => RateLimited,
        503 => SearchTimeout,
        >= 500 => InternalError,
        _ => BadRequest,
    };
}
