using Search.Core.Querying;
namespace Search.Core.Searching;

public enum Collapse
{
    None,

    /// <summary>One hit per story: an article and its copies (<see cref="Copies.CopyClusters"/>) come back as their best match.</summary>
    Copies,
}

/// <summary>A search: query, filters, order, page, facets and highlighting. Defaults are those of the API.</summary>
public sealed record SearchRequest
{
    public const int MaxLimit = 100;
    public const int MaxOffset = 10_000;
    public const int MaxQueryLength = NewsQueryParser.MaxQueryLength;
    public const int MaxFacetSize = 1_000;
    public const int MaxFragments = 10;
    public const int MinFragmentSize = 50;
    public const int MaxFragmentSize = 1_000;

    /// <summary>Query in the engine's language; empty means every article.</summary>
    public string? Query { get; init; }

    /// <summary>Keyword filters by facet name (outlet, country, person, author, cites, site): values of one field OR, fields AND.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Filters { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>Published on or after this day.</summary>
    public DateOnly? From { get; init; }

    /// <summary>Published on or before this day.</summary>
    public DateOnly? To { get; init; }

    public SortOrder Sort { get; init; } = SortOrder.Relevance;

    /// <summary>Page size, 1 to 100. Default 20.</summary>
    public int Limit { get; init; } = 20;

    /// <summary>Hits to skip, up to 10,000; past that use <see cref="Cursor"/>.</summary>
    public int Offset { get; init; }

    /// <summary>The <c>nextCursor</c> of the previous page: stable paging through every result.</summary>
    public string? Cursor { get; init; }

    /// <summary>Facets to count over all matches. Default: outlet, country, person, year.</summary>
    public IReadOnlyList<string> Facets { get; init; } = DefaultFacets;

    public static readonly IReadOnlyList<string> DefaultFacets = ["outlet", "country", "person", "year"];

    /// <summary>Values per facet. Default 10.</summary>
    public int FacetSize { get; init; } = 10;

    /// <summary>Whether a word also finds its spellings in the index's other scripts ("Putin" finds "Путин"). Default on.</summary>
    public bool Transliterate { get; init; } = true;

    public bool Highlight { get; init; } = true;

    /// <summary><see cref="Collapse.Copies"/>: one hit per story, and <see cref="SearchResult.Stories"/> counted.</summary>
    public Collapse Collapse { get; init; } = Collapse.None;

    /// <summary>Body passages per hit, 1 to 10. Default 3.</summary>
    public int Fragments { get; init; } = 3;

    /// <summary>Target passage length in characters, <see cref="MinFragmentSize"/> to <see cref="MaxFragmentSize"/>. Default 200.</summary>
    public int FragmentSize { get; init; } = 200;
}
