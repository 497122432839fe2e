using System.Globalization;
using Search.Core.Indexing;
using Search.Core.Model;

namespace Search.Core.Schema;

/// <summary>
/// Every field the product speaks of, once. A new one-valued keyword is one <see cref="Label"/> entry here plus the
/// enrichment that sets it in <see cref="Article.Labels"/>: the index adds and stores its value, hits and articles show
/// it, the query parser learns <c>name:</c>, the API its filter parameter, facet and export column, the OpenAPI
/// document its description, and the page its facet list (<c>GET /api/fields</c>).
/// </summary>
public static class FieldCatalog
{
    /// <summary>How long a keyword value may be; longer values are cut (a scraped "outlet" of 40,000 characters is noise).</summary>
    public const int MaxKeywordLength = 300;

    public static readonly IReadOnlyList<FieldDefinition> All =
    [
        new() { Name = "id", IndexName = IndexFields.Id, Kind = FieldKind.Shown, Label = "Id", Description = "The article's stable id: the source's own id, else its URL, else its path in the corpus.",
            ExportName = "id", Export = a => a.Id },
        new() { Name = "title", IndexName = IndexFields.Title, Kind = FieldKind.Text, Label = "Title", Description = "The headline (words weigh double in unfielded searches).",
            ExportName = "title", Export = a => a.Title },
        new() { Name = "url", IndexName = "url", Kind = FieldKind.Shown, Label = "URL", Description = "Where the article was published.",
            ExportName = "url", Export = a => a.Url },
        new() { Name = "outlet", IndexName = IndexFields.Outlet, Kind = FieldKind.Keyword, Label = "Outlet", Description = "The outlet that wrote the story (for a repost, the original outlet).",
            IsFacet = true, IsFilter = true, ValuesAreOutlets = true, MatchesWords = true, ExportName = "outlet", Values = a => One(a.Outlet), Export = a => a.Outlet },
        new() { Name = "outletSource", IndexName = IndexFields.OutletSource, Kind = FieldKind.Keyword, Label = "Outlet from",
            Description = "How the outlet was decided: source (the input's own field), registry (a name, domain, wire or repost cue the outlet registry knows), page (the page's own metadata), domain (the page's domain).",
            IsFacet = true, IsFilter = true, ExportName = "outletSource", ExportOnRequest = true, Values = a => One(a.OutletSource), Export = a => a.OutletSource },
        new() { Name = "site", IndexName = IndexFields.Site, Kind = FieldKind.Keyword, Label = "Site", Description = "The site the page was published on (for a repost, the aggregator).",
            IsFacet = true, IsFilter = true, ValuesAreOutlets = true, MatchesWords = true, ExportName = "site", Values = a => One(a.Site), Export = a => a.Site },
        new() { Name = "published", IndexName = IndexFields.Published, Kind = FieldKind.Date, Label = "Published", Description = "The publication day: 2014, 2014-06 or 2014-06-17, ranges published:[2014 TO 2016-06].",
            Aliases = ["date"], ExportName = "published", Export = a => a.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) },
        new() { Name = "author", IndexName = IndexFields.Author, Kind = FieldKind.Keyword, Label = "Author", Description = "The article's authors, from its byline.",
            Aliases = ["authors"], IsFacet = true, IsFilter = true, MatchesWords = true, ExportName = "authors", Values = a => a.Authors, Export = a => a.Authors },
        new() { Name = "country", IndexName = IndexFields.Country, Kind = FieldKind.Keyword, Label = "Country", Description = "Countries the text mentions: ISO code (IR) or name (Iran).",
            Aliases = ["countries"], IsFacet = true, IsFilter = true, ValuesAreCountries = true, ExportName = "countries", Values = a => a.Countries.Select(c => c.Code), Export = a => a.Countries },
        new() { Name = "person", IndexName = IndexFields.Person, Kind = FieldKind.Keyword, Label = "Person", Description = "People the text names, under one canonical full name each.",
            Aliases = ["people"], IsFacet = true, IsFilter = true, ValuesArePeople = true, MatchesWords = true, ExportName = "people", Values = a => a.People.Select(p => p.Name), Export = a => a.People },
        new() { Name = "cites", IndexName = IndexFields.Cites, Kind = FieldKind.Keyword, Label = "Cited source", Description = "Outlets and agencies the text cites as sources.",
            Aliases = ["cited"], IsFacet = true, IsFilter = true, ValuesAreOutlets = true, MatchesWords = true, ExportName = "cites", Values = a => a.Cites, Export = a => a.Cites },
        Label(LabelNames.Language, "Language", "The article's language, an ISO 639-1 code (en, de, ru), read from its text among the languages of languages.txt.", ["lang"]),
        new() { Name = "year", IndexName = IndexFields.Year, Kind = FieldKind.Keyword, Label = "Year", Description = "The publication year, as a histogram (filter with from and to).",
            IsFacet = true, Values = a => One(a.Published?.Year.ToString(CultureInfo.InvariantCulture)) },
        new() { Name = "month", IndexName = IndexFields.Month, Kind = FieldKind.Keyword, Label = "Month", Description = "The publication month (yyyy-MM), as a histogram (filter with from and to).",
            IsFacet = true, Values = a => One(a.Published?.ToString("yyyy-MM", CultureInfo.InvariantCulture)) },
        new() { Name = "modified", IndexName = "modified", Kind = FieldKind.Shown, Label = "Modified", Description = "When the source says the article was last changed (a page's dateModified), apart from its publication date.",
            ExportName = "modified", ExportOnRequest = true, Export = a => a.Modified?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) },
        new() { Name = "fetched", IndexName = "fetched", Kind = FieldKind.Shown, Label = "Fetched", Description = "When a crawler fetched the page (a web archive's record date), in UTC; never the publication date.",
            ExportName = "fetched", ExportOnRequest = true, Export = a => a.Fetched?.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture) },
        new() { Name = "source", IndexName = "source", Kind = FieldKind.Shown, Label = "Source file", Description = "Where the indexer read the article, relative to the corpus folder (#line for JSON Lines and CSV).",
            ExportName = "source", ExportOnRequest = true, Export = a => a.Source },
        new() { Name = "body", IndexName = IndexFields.Body, Kind = FieldKind.Text, Label = "Text", Description = "The article text without page boilerplate.",
            Aliases = ["text"], ExportName = "text", ExportOnRequest = true, Export = a => a.Text },
    ];

    /// <summary>One-valued keyword fields kept in <see cref="Article.Labels"/>, in catalog order.</summary>
    public static readonly IReadOnlyList<FieldDefinition> Labels = All.Where(f => f.IsLabel).ToList();

    private static readonly Dictionary<string, FieldDefinition> ByName = All.ToDictionary(f => f.Name, StringComparer.OrdinalIgnoreCase);

    private static readonly Dictionary<string, FieldDefinition> ByQueryName = All.Where(f => f.IsQueryable)
        .SelectMany(f => f.Aliases.Prepend(f.Name).Select(n => (n, f))).ToDictionary(x => x.n, x => x.f, StringComparer.OrdinalIgnoreCase);

    /// <summary>The article text (exported as <c>text</c>).</summary>
    public static FieldDefinition Body => ByName["body"];

    /// <summary>Facets, in catalog order.</summary>
    public static readonly IReadOnlyList<FieldDefinition> Facets = All.Where(f => f.IsFacet).ToList();

    /// <summary>Filters (each an API parameter of its own name), in catalog order.</summary>
    public static readonly IReadOnlyList<FieldDefinition> Filters = All.Where(f => f.IsFilter).ToList();

    /// <summary>Keyword fields: what the index adds as terms and facet values.</summary>
    public static readonly IReadOnlyList<FieldDefinition> Keywords = All.Where(f => f.Kind == FieldKind.Keyword).ToList();

    /// <summary>Export columns, in catalog order.</summary>
    public static readonly IReadOnlyList<FieldDefinition> Exportable = All.Where(f => f.ExportName is not null).ToList();

    /// <summary>The columns an export has unless asked otherwise.</summary>
    public static readonly IReadOnlyList<string> DefaultExport = Exportable.Where(f => !f.ExportOnRequest).Select(f => f.ExportName!).ToList();

    /// <summary>Names a query may put before a colon, as documentation lists them.</summary>
    public static readonly IReadOnlyList<string> QueryNames = All.Where(f => f.IsQueryable).Select(f => f.Name).ToList();

    public static FieldDefinition? Facet(string name) => ByName.GetValueOrDefault(name) is { IsFacet: true } f ? f : null;

    public static FieldDefinition? Filter(string name) => ByName.GetValueOrDefault(name) is { IsFilter: true } f ? f : null;

    public static FieldDefinition? Queryable(string name) => ByQueryName.GetValueOrDefault(name);

    public static FieldDefinition? Export(string column) => Exportable.FirstOrDefault(f => string.Equals(f.ExportName, column, StringComparison.OrdinalIgnoreCase));

    /// <summary>A keyword value as indexed: trimmed and cut to <see cref="MaxKeywordLength"/> characters (never inside a surrogate pair).</summary>
    public static string Bounded(string value)
    {
        value = value.Trim();
        if (value.Length <= MaxKeywordLength)
        {
            return value;
        }
        var cut = char.IsHighSurrogate(value[MaxKeywordLength - 1]) ? MaxKeywordLength - 1 : MaxKeywordLength;
        return value[..cut].TrimEnd();
    }

    private static IEnumerable<string> One(string? value) => value is null ? [] : [value];

    /// <summary>
    /// A label field: a one-valued keyword an enricher sets in <see cref="Article.Labels"/>[<paramref name="name"/>];
    /// a facet and a filter, exported, stored, and shown on hits and articles under <paramref name="name"/>.
    /// </summary>
    private static FieldDefinition Label(string name, string label, string description, IReadOnlyList<string>? aliases = null) => new()
    {
        Name = name, IndexName = name, Kind = FieldKind.Keyword, Label = label, Description = description, Aliases = aliases ?? [],
        IsFacet = true, IsFilter = true, IsLabel = true, ExportName = name,
        Values = a => One(a.Labels.GetValueOrDefault(name)), Export = a => a.Labels.GetValueOrDefault(name),
    };
}
