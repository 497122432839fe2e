using Search.Core.Indexing;
using Search.Core.Text;
namespace Search.Core.Schema;

/// <summary>
/// The Lucene names of the index's fields (what each field means to users, and which are facets, filters or export
/// columns, is declared in <see cref="Schema.FieldCatalog"/>). Text fields: <c>title</c>/<c>body</c> (stemmed, body with offsets) and
/// their unstemmed copies for quoted phrases. What a hit shows is read from binary doc values (metadata in a compact binary form, the
/// text in chunks): measured about 3x faster per hit than stored fields, which decompress whole chunks of documents. Keyword fields are indexed twice under one name: a lower-cased term for
/// filtering and a sorted-set doc value (as written) for facet counting. Dates are epoch days (numeric, filterable and
/// sortable) plus <c>year</c>/<c>month</c> keyword facets.
/// </summary>
public static class IndexFields
{
    public const string Id = "id";
    public const string IdSort = "id_sort";
    public const string Hash = "hash";
    public const string Title = "title";
    public const string TitleExact = "title_exact";
    public const string Body = "body";
    public const string BodyExact = "body_exact";
    public const string Outlet = "outlet";
    public const string Site = "site";
    public const string OutletSource = "outlet_source";
    public const string Author = "author";
    public const string Country = "country";
    public const string Person = "person";
    public const string Cites = "cites";
    public const string Published = "published";

    /// <summary>When the article was added to the index or last changed (Unix milliseconds): what feeds and <c>sort=added</c> order by.</summary>
    public const string Added = "added";
    public const string Year = "year";
    public const string Month = "month";
    public const string Meta = "meta";

    /// <summary>The body's near-duplicate fingerprint (<see cref="BodyFingerprint"/>), a binary doc value.</summary>
    public const string Fingerprint = "fingerprint";

    /// <summary>The body's text, compressed (<see cref="TextCompression"/>), in binary doc values, in chunks under Lucene's 32 KB value limit.</summary>
    public static readonly string[] TextChunks = ["text0", "text1", "text2", "text3"];

    /// <summary>What does not fit the chunks (compressed texts over 128 KB), as a stored field.</summary>
    public const string TextRest = "text_rest";

    /// <summary>
    /// The source document an article was enriched from (<see cref="SourceRecord"/>), a stored field read only when the
    /// index is rebuilt from itself (<see cref="Reindexer"/>).
    /// </summary>
    public const string SourceDocument = "source_doc";

    /// <summary>The index layout this version reads and writes, kept in every commit's user data.</summary>
    public const string SchemaVersion = "9";

    /// <summary>
    /// Older layouts that <see cref="Reindexer"/> can rebuild into this one (search refuses them): layout 6 kept every
    /// article's metadata and body, though not its source document; layout 7 had no outlet source; layout 8 no labels
    /// (language).
    /// </summary>
    public static readonly IReadOnlySet<string> ReindexableLayouts = new HashSet<string> { "6", "7", "8", SchemaVersion };
    public const string SchemaKey = "schema";

    /// <summary>The unstemmed copy a quoted phrase searches instead of a text field.</summary>
    public static string ExactOf(string field) => field switch
    {
        Title => TitleExact,
        Body => BodyExact,
        _ => field,
    };

    /// <summary>How keyword values are compared: case-insensitively.</summary>
    public static string KeywordTerm(string value) => value.Trim().ToLowerInvariant();

    /// <summary>The term that finds an article by its id.</summary>
    public static Lucene.Net.Index.Term IdTerm(string id) => new(Id, id);
}
