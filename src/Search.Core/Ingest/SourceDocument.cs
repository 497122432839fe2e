namespace Search.Core.Ingest;

/// <summary>How much cleaning a document's text still needs.</summary>
public enum TextKind
{
    /// <summary>The text of a whole scraped page: menus, footers and comments still in it.</summary>
    PageText,

    /// <summary>Main content already extracted from HTML: line-level boilerplate may remain.</summary>
    ExtractedContent,

    /// <summary>Article text from a structured export (JSON Lines, CSV): used as given.</summary>
    ArticleText,
}

/// <summary>One article as a reader found it, before enrichment. Fields set here come from the source and win over detection.</summary>
public sealed record SourceDocument
{
    /// <summary>Path relative to the corpus root, with <c>#line</c> for multi-article files.</summary>
    public required string Source { get; init; }

    public required string Text { get; init; }

    public TextKind Kind { get; init; } = TextKind.PageText;

    public string? Id { get; init; }
    public string? Url { get; init; }
    public string? Outlet { get; init; }
    public string? Site { get; init; }
    public string? Title { get; init; }
    public DateOnly? Published { get; init; }

    /// <summary>When the source says the article was last changed; kept apart from <see cref="Published"/>.</summary>
    public DateOnly? Modified { get; init; }
    public IReadOnlyList<string>? Authors { get; init; }

    /// <summary>
    /// The language the source declares (<c>&lt;html lang&gt;</c>, JSON-LD <c>inLanguage</c>, a <c>language</c> field),
    /// as it was written; the enricher keeps it when the text agrees (<see cref="Enrichment.LanguageIdentifier.Decide"/>).
    /// </summary>
    public string? Language { get; init; }

    /// <summary>When a crawler fetched the page (a WARC record's date); never its publication date.</summary>
    public DateTimeOffset? Fetched { get; init; }

    /// <summary>When an index received this article, for a document read back from an index (<c>reindex</c>); null for new input.</summary>
    public DateTimeOffset? Added { get; init; }
}
