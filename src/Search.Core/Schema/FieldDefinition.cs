using Search.Core.Model;

namespace Search.Core.Schema;

/// <summary>
/// One field of the product, declared once in <see cref="FieldCatalog"/>: the index, the query parser, the API's filter
/// and export parameters, the OpenAPI document and the page (through <c>GET /api/fields</c>) all read it from there.
/// </summary>
public sealed record FieldDefinition
{
    /// <summary>The name the API and the query syntax use (<c>country</c>).</summary>
    public required string Name { get; init; }

    /// <summary>The Lucene field it is indexed under; for <see cref="FieldKind.Shown"/> fields, the name alone.</summary>
    public required string IndexName { get; init; }

    public required FieldKind Kind { get; init; }

    /// <summary>A label for people (<c>Cited source</c>).</summary>
    public required string Label { get; init; }

    /// <summary>What the field holds, for the OpenAPI document and the page.</summary>
    public required string Description { get; init; }

    /// <summary>Other names the query syntax accepts (<c>countries:</c>); the field is queryable when it is text, keyword or date.</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>Counted over the matches when a search asks for it in <c>facets</c>.</summary>
    public bool IsFacet { get; init; }

    /// <summary>Selects matches as an API parameter of its own name (<c>?country=IR</c>).</summary>
    public bool IsFilter { get; init; }

    /// <summary>Values name countries: a filter or query takes an ISO code or a name, and the index holds the code.</summary>
    public bool ValuesAreCountries { get; init; }

    /// <summary>Values name people: a filter or query takes any spelling the alias file gives (<c>Suleimani</c> → <c>Qassem Soleimani</c>).</summary>
    public bool ValuesArePeople { get; init; }

    /// <summary>Values name outlets: a filter or query takes any name or alias in the outlet registry (<c>WSJ</c>).</summary>
    public bool ValuesAreOutlets { get; init; }

    /// <summary>
    /// Values are names whose words a query can match (<c>person:Soleimani</c> finds "Qassem Soleimani"): indexed again
    /// as words under <see cref="WordsIndexName"/>.
    /// </summary>
    public bool MatchesWords { get; init; }

    /// <summary>Where the words of the values are indexed, when <see cref="MatchesWords"/>.</summary>
    public string WordsIndexName => IndexName + "_words";

    /// <summary>The export column it appears as (<c>countries</c>), or null when not exported.</summary>
    public string? ExportName { get; init; }

    /// <summary>Exported only when asked for by name (the full text is large).</summary>
    public bool ExportOnRequest { get; init; }

    /// <summary>The keyword values an article has in this field, as indexed and counted.</summary>
    public Func<Article, IEnumerable<string>>? Values { get; init; }

    /// <summary>The value an export shows: a string, or a list for a multi-valued field.</summary>
    public Func<Article, object?>? Export { get; init; }

    /// <summary>
    /// A label: one keyword value an article keeps in <see cref="Article.Labels"/> under the field's name, stored with
    /// its metadata and shown on hits and articles under that name (see <see cref="FieldCatalog"/>'s <c>Label</c>).
    /// </summary>
    public bool IsLabel { get; init; }

    /// <summary>Whether <c>name:</c> works in a query.</summary>
    public bool IsQueryable => Kind is FieldKind.Text or FieldKind.Keyword or FieldKind.Date && (Kind != FieldKind.Keyword || IsFilter);
}
