namespace Search.Api.Hosting;

/// <summary>The <c>Search</c> configuration section (appsettings.json, <c>--Search:IndexPath=…</c>, <c>Search__IndexPath</c>).</summary>
public sealed class SearchOptions
{
    /// <summary>Index folder, relative to the working directory. Default: <c>index-data/index</c>.</summary>
    public string IndexPath { get; set; } = "index-data/index";

    /// <summary>Articles to build the index from when none exists at start. Default: <c>index-data/articles</c>.</summary>
    public string ArticlesPath { get; set; } = "index-data/articles";

    /// <summary>The service's own database (API keys, saved searches), SQLite. Default: <c>index-data/state.db</c>.</summary>
    public string StatePath { get; set; } = "index-data/state.db";

    /// <summary>Writes (saved searches created, deleted, tokens rotated) each API key may make per minute. Default: 120.</summary>
    public int WritesPerMinute { get; set; } = 120;

    /// <summary>Enrichment data folder; null uses the data shipped with the program.</summary>
    public string? DataPath { get; set; }

    /// <summary>How long one search may run before it is stopped with 503 <c>search_timeout</c>. Default: 3 s.</summary>
    public TimeSpan SearchTimeBudget { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>Exports each client may start per minute (429 with Retry-After past that). Default: 30.</summary>
    public int ExportsPerMinute { get; set; } = 30;

    /// <summary>
    /// <c>public</c> (default): anyone who reaches the port reads the archive. <c>private</c>: every address but
    /// <c>/health</c> and the page's own files needs an API key (<c>Authorization: Bearer nsk_…</c>); feeds keep their tokens.
    /// </summary>
    public string Access { get; set; } = PublicAccess;

    /// <summary>Record every request in the audit log (<c>keys audit</c>). Default: on in a private archive, off in a public one.</summary>
    public bool? Audit { get; set; }

    /// <summary>Days the audit log keeps a request; 0 keeps it for ever. Default: 365.</summary>
    public int AuditRetentionDays { get; set; } = 365;

    /// <summary>Requests with an unknown or revoked key each address may make per minute before 429. Default: 20.</summary>
    public int KeyAttemptsPerMinute { get; set; } = 20;

    public const string PublicAccess = "public";
    public const string PrivateAccess = "private";

    public bool IsPrivate => string.Equals(Access, PrivateAccess, StringComparison.OrdinalIgnoreCase);

    public bool Audits => Audit ?? IsPrivate;

    /// <summary>How often the service looks for what an indexer committed. Default: 5 s.</summary>
    public TimeSpan RefreshInterval { get; set; } = TimeSpan.FromSeconds(5);
}
