namespace Search.Api.Endpoints;

/// <summary>The columns an export can have.</summary>
public static class ExportFields
{
    public static readonly string[] All = ["id", "title", "url", "outlet", "site", "published", "authors", "countries", "people", "cites", "source", "text"];
    public static readonly string[] Default = ["id", "title", "url", "outlet", "site", "published", "authors", "countries", "people", "cites"];
}
