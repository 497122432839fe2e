namespace Search.Core.Model;

/// <summary>A cleaned, enriched article: what the index stores and what every API returns.</summary>
public sealed record Article
{
    /// <summary>Stable id: the source's own id, else its URL, else its path relative to the corpus root.</summary>
    public required string Id { get; init; }

    /// <summary>Where the article was read from, relative to the corpus root (with <c>#line</c> for JSON Lines and CSV).</summary>
    public string? Source { get; init; }

    public string? Url { get; init; }

    /// <summary>The outlet that wrote the story; for an aggregator's repost, the original outlet. Null when unknown.</summary>
    public string? Outlet { get; init; }

    /// <summary>How <see cref="Outlet"/> was decided: one of <see cref="Model.OutletSource"/>'s values; null when there is no outlet.</summary>
    public string? OutletSource { get; init; }

    /// <summary>The site the page was published on (differs from <see cref="Outlet"/> for reposts).</summary>
    public string? Site { get; init; }

    public DateOnly? Published { get; init; }

    /// <summary>When the article was last changed, where the source says so (a page's dateModified); never taken for <see cref="Published"/>.</summary>
    public DateOnly? Modified { get; init; }

    public string? Title { get; init; }

    public IReadOnlyList<string> Authors { get; init; } = [];

    public IReadOnlyList<CountryMention> Countries { get; init; } = [];

    public IReadOnlyList<PersonMention> People { get; init; } = [];

    /// <summary>Outlets and agencies the body cites as sources.</summary>
    public IReadOnlyList<string> Cites { get; init; } = [];

    /// <summary>
    /// One-valued keyword fields the catalog declares as labels (<c>FieldCatalog</c>: its <c>Label</c> entries), by
    /// field name: stored, shown on hits and articles, counted, filtered and exported without code of their own.
    /// </summary>
    public IReadOnlyDictionary<string, string> Labels { get; init; } = NoLabels;

    private static readonly IReadOnlyDictionary<string, string> NoLabels = new Dictionary<string, string>();

    /// <summary>When a crawler fetched the page (from a web archive); null when unknown. Never the publication date.</summary>
    public DateTimeOffset? Fetched { get; init; }

    /// <summary>When the index received this version of the article (set by the index, not by sources).</summary>
    public DateTimeOffset? Added { get; init; }

    /// <summary>The article body without page boilerplate; paragraphs separated by blank lines.</summary>
    public required string Text { get; init; }
}
