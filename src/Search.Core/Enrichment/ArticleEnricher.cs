using Search.Core.Ingest;
using Search.Core.Model;

namespace Search.Core.Enrichment;

/// <summary>
/// Turns a <see cref="SourceDocument"/> into an <see cref="Article"/>: cleans the page, then fills each field the source
/// did not give. Source metadata always wins; detection only fills gaps. Thread-safe: one instance serves all threads.
/// </summary>
public sealed class ArticleEnricher
{
    private readonly EnrichmentData _data;
    private readonly PageCleaner _cleaner;
    private readonly TitleExtractor _titles;
    private readonly OutletDetector _outlets;
    private readonly CitationDetector _citations;
    private readonly CountryTagger _countries;
    private readonly PersonTagger _people;
    private readonly PersonTagger _worldPeople;
    private readonly PeopleAcrossScripts _peopleInLatin;
    private readonly AuthorNames _authors;

    public ArticleEnricher(EnrichmentData data)
    {
        _data = data;
        _cleaner = new PageCleaner(data.Boilerplate);
        _titles = new TitleExtractor(data.Boilerplate);
        _outlets = new OutletDetector(data.Outlets);
        _citations = new CitationDetector(data.Outlets);
        _countries = new CountryTagger(data.Gazetteer, data.Names, data.CountryNames);
        _people = new PersonTagger(data.Names, data.Gazetteer, data.Outlets, data.NameModel, data.Lexicon);
        _worldPeople = data.WorldNameModel is null ? _people : new PersonTagger(data.Names, data.Gazetteer, data.Outlets, data.WorldNameModel, data.Lexicon);
        _peopleInLatin = new PeopleAcrossScripts(data.Scripts, data.Names);
        _authors = new AuthorNames(data.Outlets, data.AuthorRoles);
    }

    public EnrichmentData Data => _data;

    private static readonly Dictionary<string, string> NoLabels = [];

    /// <summary>Dates before this year are no publication dates (nor are dates after tomorrow). Default: 1990.</summary>
    public int EarliestYear { get; init; } = PublicationDate.DefaultEarliestYear;

    public Article Enrich(SourceDocument doc) => Enrich(doc, null);

    /// <summary>Enriches, adding to <paramref name="notes"/> what was found wrong in the input and left out (a date outside the plausible range).</summary>
    public Article Enrich(SourceDocument doc, ICollection<string>? notes)
    {
        var page = _cleaner.Clean(doc.Text, doc.Kind);
        var title = doc.Title ?? _titles.Extract(page);
        var (detectedOutlet, detectedSite) = doc.Outlet is not null && doc.Site is not null ? (null, null) : _outlets.Detect(page, doc.Url, title, pageNamesItself: doc.Kind == TextKind.ExtractedContent && doc.Site is not null);
        var (outlet, outletSource) = DecideOutlet(doc, detectedOutlet);
        var site = Canonical(doc.Site) ?? detectedSite ?? outlet;
        var published = Plausible(doc.Published ?? DateExtractor.Extract(page), notes);
        var language = _data.Languages.Decide(page.BodyText, doc.Language);
        var (authors, credits) = _authors.Clean(doc.Authors ?? AuthorExtractor.Extract(page, _data.Outlets), outlet, site);
        return new Article
        {
            Id = doc.Id ?? doc.Url ?? doc.Source.Split('#') switch { [var path, var line] => $"{path}#{line}", var parts => parts[0] },
            Source = doc.Source,
            Url = doc.Url,
            Title = title,
            Outlet = outlet,
            OutletSource = outletSource,
            Site = site,
            Published = published,
            Modified = doc.Modified is { } modified && PublicationDate.Plausible(modified, EarliestYear) && (published is null || modified >= published) ? modified : null,
            Authors = authors,
            Countries = _countries.Tag(page.BodyTokens, page.BodyText, language),
            // English text is tagged by the English model; text in another language by the one trained on many.
            People = _peopleInLatin.Latin((language is null or "en" ? _people : _worldPeople).Tag(page.BodyTokens)),
            Cites = [.. _citations.Detect(page, outlet, site).Union(credits.Where(c => c != outlet))],
            Fetched = doc.Fetched,
            Text = page.BodyText,
            Labels = language is not null ? new Dictionary<string, string> { [LabelNames.Language] = language } : NoLabels,
        };
    }

    // An outlet for every article that names one anywhere: the input's own field, the registry (names, domains, wires,
    // reposts), the page's metadata, and last its domain. Nothing is invented past the domain.
    private (string? Outlet, string? How) DecideOutlet(SourceDocument doc, string? detected)
    {
        if (doc.Outlet is { } given)
        {
            return Known(given) is { } known ? (known, OutletSource.Registry) : (given, OutletSource.Source);
        }
        if (detected is not null)
        {
            return (detected, OutletSource.Registry);
        }
        if (doc.Site is { } named)
        {
            return Known(named) is { } known ? (known, OutletSource.Registry)
                : (named, doc.Kind == TextKind.ExtractedContent ? OutletSource.Page : OutletSource.Source);
        }
        return SiteName.Domain(doc.Url) is { } domain ? (domain, OutletSource.Domain) : (null, null);
    }

    private DateOnly? Plausible(DateOnly? date, ICollection<string>? notes)
    {
        if (date is not { } d || PublicationDate.Plausible(d, EarliestYear))
        {
            return date;
        }
        notes?.Add($"publication date {d:yyyy-MM-dd} is outside {EarliestYear} to tomorrow: the article is indexed without a date");
        return null;
    }

    private string? Known(string name) => _data.Outlets.FindByName(name)?.Name;

    private string? Canonical(string? outlet) => outlet is null ? null : _data.Outlets.FindByName(outlet)?.Name ?? outlet;
}
