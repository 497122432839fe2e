using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Search.Core.Enrichment;
using Search.Core.Indexing;

namespace Search.Core.Searching;

/// <summary>
/// Lucene's classic syntax with the journalist's defaults: AND between words, unfielded words over title (boosted) and
/// body, quoted phrases over the unstemmed copies, wildcards and fuzzy terms over the unstemmed copies too, field
/// names of the product (<c>country:</c> takes a code or a name, <c>published:[2014 TO 2016-06]</c> takes dates).
/// Not thread-safe: one per query.
/// </summary>
public sealed class NewsQueryParser : QueryParser
{
    private const string AnyText = "\u0001text";
    private const float TitleBoost = 2f;
    private readonly Gazetteer _gazetteer;

    /// <summary>Field names a query may use.</summary>
    public static readonly IReadOnlyList<string> KnownFields = ["title", "body", "outlet", "site", "country", "person", "author", "cites", "published"];

    public NewsQueryParser(Gazetteer gazetteer) : base(NewsAnalyzer.Version, AnyText, IndexStore.Analyzer)
    {
        _gazetteer = gazetteer;
        DefaultOperator = Operator.AND;
        Locale = CultureInfo.InvariantCulture;
        AllowLeadingWildcard = true;
        FuzzyPrefixLength = 1;
        AutoGeneratePhraseQueries = true;
        MultiTermRewriteMethod = MultiTermQuery.CONSTANT_SCORE_AUTO_REWRITE_DEFAULT;
    }

    protected override Query GetFieldQuery(string field, string queryText, bool quoted)
    {
        if (field == AnyText)
        {
            return Either(f => base.GetFieldQuery(quoted ? IndexFields.ExactOf(f) : f, queryText, quoted));
        }
        return Resolve(field) switch
        {
            IndexFields.Title or IndexFields.Body => base.GetFieldQuery(quoted ? IndexFields.ExactOf(Resolve(field)) : Resolve(field), queryText, quoted),
            IndexFields.Published => DateQuery(queryText, queryText),
            var keyword => new TermQuery(new Term(keyword, KeywordValue(keyword, queryText))),
        };
    }

    protected override Query GetPrefixQuery(string field, string termStr) =>
        Multi(field, termStr, (f, t) => base.GetPrefixQuery(f, t));

    protected override Query GetWildcardQuery(string field, string termStr) =>
        Multi(field, termStr, (f, t) => base.GetWildcardQuery(f, t));

    protected override Query GetFuzzyQuery(string field, string termStr, float minSimilarity) =>
        Multi(field, termStr, (f, t) => base.GetFuzzyQuery(f, t, minSimilarity));

    protected override Query GetRegexpQuery(string field, string termStr) =>
        throw new SearchQueryException("invalid_query", "regular expressions (/…/) are not supported; use wildcards (* and ?) instead");

    protected override Query GetRangeQuery(string field, string part1, string part2, bool startInclusive, bool endInclusive)
    {
        var resolved = Resolve(field);
        if (resolved != IndexFields.Published)
        {
            throw new SearchQueryException("invalid_query", $"ranges work on published: only, e.g. published:[2014-01-01 TO 2016-12-31]; not on {field}:");
        }
        return DateQuery(part1, part2);
    }

    // Wildcards and fuzzy terms search the unstemmed copies: "Netanyah*" should not depend on what the stemmer did.
    private Query Multi(string field, string term, Func<string, string, Query> make)
    {
        if (field == AnyText)
        {
            return Either(f => make(IndexFields.ExactOf(f), term));
        }
        var resolved = Resolve(field);
        return resolved switch
        {
            IndexFields.Title or IndexFields.Body => make(IndexFields.ExactOf(resolved), term),
            IndexFields.Published => throw new SearchQueryException("invalid_query", "published: takes a date or a range, not a wildcard"),
            _ => make(resolved, KeywordValue(resolved, term)),
        };
    }

    private static Query Either(Func<string, Query?> make)
    {
        var title = make(IndexFields.Title);
        var body = make(IndexFields.Body);
        if (title is null || body is null)
        {
            return body ?? title!;
        }
        title.Boost *= TitleBoost;
        return new BooleanQuery { { title, Occur.SHOULD }, { body, Occur.SHOULD } };
    }

    private string KeywordValue(string field, string value) =>
        IndexFields.KeywordTerm(field == IndexFields.Country && _gazetteer.Find(value) is { } c ? c.Code : value);

    private static string Resolve(string field) => field.ToLowerInvariant() switch
    {
        "title" => IndexFields.Title,
        "body" or "text" => IndexFields.Body,
        "outlet" => IndexFields.Outlet,
        "site" => IndexFields.Site,
        "country" or "countries" => IndexFields.Country,
        "person" or "people" => IndexFields.Person,
        "author" or "authors" => IndexFields.Author,
        "cites" or "cited" => IndexFields.Cites,
        "published" or "date" => IndexFields.Published,
        _ => throw new SearchQueryException("unknown_field",
            $"unknown field '{field}:'; fields are {string.Join(", ", KnownFields.Select(f => f + ":"))} (to search for a word followed by a colon, put it in quotes)"),
    };

    private static Query DateQuery(string from, string to)
    {
        var lo = ParseDateBound(from, end: false);
        var hi = ParseDateBound(to, end: true);
        return NumericRangeQuery.NewInt64Range(IndexFields.Published, lo, hi, true, true);
    }

    /// <summary>"2014", "2014-06" or "2014-06-17" (or * for open): the first or the last day of that year, month or day.</summary>
    public static long? ParseDateBound(string text, bool end)
    {
        if (text is "*" or "")
        {
            return null;
        }
        string[] formats = ["yyyy-MM-dd", "yyyy-MM", "yyyy"];
        foreach (var format in formats)
        {
            if (DateOnly.TryParseExact(text, format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
            {
                if (end)
                {
                    d = format switch { "yyyy" => new DateOnly(d.Year, 12, 31), "yyyy-MM" => d.AddMonths(1).AddDays(-1), _ => d };
                }
                return d.DayNumber;
            }
        }
        throw new SearchQueryException("invalid_date", $"'{text}' is not a date: use 2014, 2014-06 or 2014-06-17");
    }
}
