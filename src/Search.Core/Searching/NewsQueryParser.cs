using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Search.Core.Indexing;
using Search.Core.Schema;
using Search.Core.Errors;

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
    private readonly KeywordValues _values;

    public NewsQueryParser(KeywordValues values) : base(NewsAnalyzer.Version, AnyText, IndexStore.Analyzer)
    {
        _values = values;
        DefaultOperator = Operator.AND;
        Locale = CultureInfo.InvariantCulture;
        AllowLeadingWildcard = true;
        FuzzyPrefixLength = 1;
        AutoGeneratePhraseQueries = true;
        MultiTermRewriteMethod = MultiTermQuery.CONSTANT_SCORE_AUTO_REWRITE_DEFAULT;
    }

    /// <summary>
    /// Parses a query; an empty one matches every article. Errors come out as <see cref="SearchRequestException"/>
    /// (<c>invalid_query</c> with the position, <c>query_too_long</c>, <c>query_too_complex</c>, <c>unknown_field</c>, …).
    /// </summary>
    public static Query Read(string? text, KeywordValues values)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return new MatchAllDocsQuery();
        }
        if (text.Length > SearchRequest.MaxQueryLength)
        {
            throw new SearchRequestException(ErrorCodes.QueryTooLong, $"the query has {text.Length} characters; the limit is {SearchRequest.MaxQueryLength}");
        }
        // A control character (a pasted NUL, an escape) is refused rather than read as a separator or as nothing.
        var control = text.AsSpan().IndexOfAnyInRange('\u0000', '\u001f');
        while (control >= 0 && text[control] is '\t' or '\n' or '\r')
        {
            var next = text.AsSpan(control + 1).IndexOfAnyInRange('\u0000', '\u001f');
            control = next < 0 ? -1 : control + 1 + next;
        }
        if (control >= 0 || text.Contains('\u007f'))
        {
            var at = control >= 0 ? control : text.IndexOf('\u007f');
            throw new SearchRequestException(ErrorCodes.InvalidQuery, $"a control character (U+{(int)text[at]:X4}) at character {at + 1}: remove it", "q", at + 1);
        }
        try
        {
            var query = new NewsQueryParser(values).Parse(text);
            return query is BooleanQuery { Clauses.Count: 0 } ? new MatchAllDocsQuery() : query;
        }
        catch (ParseException e)
        {
            throw QueryErrors.From(e, text);
        }
        catch (BooleanQuery.TooManyClausesException)
        {
            throw new SearchRequestException(ErrorCodes.QueryTooComplex, $"the query expands to more than {BooleanQuery.MaxClauseCount} terms; make it narrower");
        }
    }

    protected override Query GetFieldQuery(string field, string queryText, bool quoted)
    {
        if (field == AnyText)
        {
            return Either(f => base.GetFieldQuery(quoted ? IndexFields.ExactOf(f) : f, queryText, quoted));
        }
        var resolved = Resolve(field);
        return resolved.Kind switch
        {
            FieldKind.Text => base.GetFieldQuery(quoted ? IndexFields.ExactOf(resolved.IndexName) : resolved.IndexName, queryText, quoted),
            FieldKind.Date => DateQuery(queryText, queryText),
            _ => new TermQuery(new Term(resolved.IndexName, _values.Term(resolved, queryText))),
        };
    }

    protected override Query GetPrefixQuery(string field, string termStr) =>
        Multi(field, termStr, (f, t) => base.GetPrefixQuery(f, t));

    protected override Query GetWildcardQuery(string field, string termStr) =>
        Multi(field, termStr, (f, t) => base.GetWildcardQuery(f, t));

    protected override Query GetFuzzyQuery(string field, string termStr, float minSimilarity) =>
        Multi(field, termStr, (f, t) => base.GetFuzzyQuery(f, t, minSimilarity));

    protected override Query GetRegexpQuery(string field, string termStr) =>
        throw new SearchRequestException(ErrorCodes.InvalidQuery, "regular expressions (/…/) are not supported; use wildcards (* and ?) instead");

    protected override Query GetRangeQuery(string field, string part1, string part2, bool startInclusive, bool endInclusive)
    {
        if (Resolve(field).Kind != FieldKind.Date)
        {
            throw new SearchRequestException(ErrorCodes.InvalidQuery, $"ranges work on published: only, e.g. published:[2014-01-01 TO 2016-12-31]; not on {field}:");
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
        return resolved.Kind switch
        {
            FieldKind.Text => make(IndexFields.ExactOf(resolved.IndexName), term),
            FieldKind.Date => throw new SearchRequestException(ErrorCodes.InvalidQuery, $"{field}: takes a date or a range, not a wildcard"),
            _ => make(resolved.IndexName, _values.Term(resolved, term)),
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

    private static FieldDefinition Resolve(string field) => FieldCatalog.Queryable(field)
        ?? throw new SearchRequestException(ErrorCodes.UnknownField,
            $"unknown field '{field}:'; fields are {string.Join(", ", FieldCatalog.QueryNames.Select(f => f + ":"))} (to search for a word followed by a colon, put it in quotes)");

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
        throw new SearchRequestException(ErrorCodes.InvalidDate, $"'{text}' is not a date: use 2014, 2014-06 or 2014-06-17");
    }
}
