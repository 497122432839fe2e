using System.Globalization;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Search.Core.Errors;
using Search.Core.Indexing;
using Search.Core.Model;
using Search.Core.Schema;
using Search.Core.Analysis;
using Search.Core.Searching;

namespace Search.Core.Querying;

/// <summary>
/// Lucene's classic syntax with the journalist's defaults: AND between words, unfielded words over title (boosted) and
/// body, quoted phrases over the unstemmed copies, wildcards and fuzzy terms over the unstemmed copies too, field
/// names from <see cref="FieldCatalog"/> (<c>country:</c> takes a code or a name, <c>person:</c> a part of a name or a
/// spelling, <c>published:[2014 TO 2016-06]</c> dates, <c>*:*</c> everything). A person the alias file knows is found
/// under any of their spellings; a lower-case word finds the acronym written the same unless it is an everyday word;
/// an unquoted word finds its spellings in the index's other scripts unless transliteration is turned off.
/// Not thread-safe: one per query.
/// </summary>
public sealed class NewsQueryParser : QueryParser
{
    /// <summary>The longest query read, in characters.</summary>
    public const int MaxQueryLength = 2_000;

    private const string AnyText = "\u0001text";
    private const float TitleBoost = 2f;
    private readonly KeywordValues _values;
    private readonly IndexReader? _reader;
    private readonly IReadOnlyList<string> _languages;
    private readonly bool _transliterate;

    /// <param name="values">How typed values become indexed ones.</param>
    /// <param name="reader">The index the query will run on: widenings (an acronym, a person) are added only for terms it has.</param>
    /// <param name="transliterate">Whether a word also finds its spellings in other scripts (<see cref="CrossScriptForms"/>).</param>
    public NewsQueryParser(KeywordValues values, IndexReader? reader = null, bool transliterate = true) : base(NewsAnalyzer.Version, AnyText, FieldAnalyzers.Search)
    {
        _values = values;
        _reader = reader;
        _transliterate = transliterate;
        _languages = reader is null ? [] : IndexLanguages.Of(reader);
        DefaultOperator = Operator.AND;
        Locale = CultureInfo.InvariantCulture;
        AllowLeadingWildcard = true;
        FuzzyPrefixLength = 1;
        AutoGeneratePhraseQueries = true;
        // Patterns keep their case: capitals mean an acronym (NAT* finds NATO), lower case a word (nat* finds nation).
        LowercaseExpandedTerms = false;
        MultiTermRewriteMethod = MultiTermQuery.CONSTANT_SCORE_AUTO_REWRITE_DEFAULT;
    }

    /// <summary>
    /// Parses a query; an empty one matches every article. Errors come out as <see cref="SearchRequestException"/>
    /// (<c>invalid_query</c> with the position, <c>query_too_long</c>, <c>query_too_complex</c>, <c>unknown_field</c>, …).
    /// </summary>
    public static Query Read(string? text, KeywordValues values, IndexReader? reader = null, bool transliterate = true)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return new MatchAllDocsQuery();
        }
        if (text.Length > MaxQueryLength)
        {
            throw new SearchRequestException(ErrorCodes.QueryTooLong, $"the query has {text.Length} characters; the limit is {MaxQueryLength}");
        }
        // A control character (a pasted NUL, an escape) is refused rather than read as a separator or as nothing.
        var control = FirstControl(text);
        if (control >= 0)
        {
            throw new SearchRequestException(ErrorCodes.InvalidQuery, $"a control character (U+{(int)text[control]:X4}) at character {control + 1}: remove it", "q", control + 1);
        }
        try
        {
            var query = new NewsQueryParser(values, reader, transliterate).Parse(text);
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

    private static int FirstControl(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsControl(text[i]) && text[i] is not ('\t' or '\n' or '\r'))
            {
                return i;
            }
        }
        return -1;
    }

    protected override Query GetFieldQuery(string field, string queryText, bool quoted)
    {
        if (field == AnyText)
        {
            var words = Either(f => TextQuery(f, queryText, quoted));
            return QueryTree.Any(words, quoted ? null : AcronymOf(queryText, f => base.GetFieldQuery(f, queryText.ToUpperInvariant(), false)), PersonQuery(queryText));
        }
        var resolved = Resolve(field);
        return resolved.Kind switch
        {
            FieldKind.Text => QueryTree.Any(TextQuery(resolved.IndexName, queryText, quoted),
                quoted ? null : AcronymOf(queryText, f => f == resolved.IndexName ? base.GetFieldQuery(f, queryText.ToUpperInvariant(), false) : null)),
            FieldKind.Date => DateBounds.Range(queryText, queryText),
            _ => KeywordQuery(resolved, queryText),
        };
    }

    // Words of a title or body, as English analysis and each other language of the index read them (LanguageForms),
    // and an unquoted word's spellings in the index's other scripts (CrossScriptForms).
    private Query? TextQuery(string field, string text, bool quoted)
    {
        var words = LanguageForms.Of(base.GetFieldQuery(quoted ? IndexFields.ExactOf(field) : field, text, quoted), field, quoted, _languages,
            (analyzer, target) => Analysed(analyzer, () => base.GetFieldQuery(target, text, quoted)));
        return words is null || quoted || !_transliterate || _reader is null
            ? words
            : QueryTree.Any(words, CrossScriptForms.Of(text, field, _reader, _languages, _values.Data.Scripts));
    }

    private Query? Analysed(Lucene.Net.Analysis.Analyzer analyzer, Func<Query?> make)
    {
        var shared = Analyzer;
        Analyzer = analyzer;
        try
        {
            return make();
        }
        finally
        {
            Analyzer = shared;
        }
    }

    // A quoted phrase with ~N: the slop reaches the phrases inside the title-or-body query too.
    protected override Query GetFieldQuery(string field, string queryText, int slop)
    {
        var query = GetFieldQuery(field, queryText, quoted: true);
        QueryTree.ApplySlop(query, slop);
        return query;
    }

    protected override Query GetPrefixQuery(string field, string termStr) =>
        Multi(field, termStr, (f, t) => base.GetPrefixQuery(f, t));

    // "?" often stands for a character analysis dropped (the apostrophe of Ya'alon): the pattern without it is tried too.
    protected override Query GetWildcardQuery(string field, string termStr) => field == "*" && termStr == "*"
        ? new MatchAllDocsQuery()
        : QueryTree.Any(Multi(field, termStr, (f, t) => base.GetWildcardQuery(f, t)),
            termStr.Contains('?') && termStr.Replace("?", "") is { Length: > 0 } bare ? Multi(field, bare, (f, t) => base.GetWildcardQuery(f, t)) : null);

    protected override Query GetFuzzyQuery(string field, string termStr, float minSimilarity) =>
        Multi(field, termStr, (f, t) => base.GetFuzzyQuery(f, t, minSimilarity));

    protected override Query GetRegexpQuery(string field, string termStr) =>
        throw new SearchRequestException(ErrorCodes.InvalidQuery, "regular expressions (/…/) are not supported; use wildcards (* and ?) instead");

    protected override Query GetRangeQuery(string field, string part1, string part2, bool startInclusive, bool endInclusive) =>
        Resolve(field).Kind == FieldKind.Date
            ? DateBounds.Range(part1, part2, startInclusive, endInclusive)
            : throw new SearchRequestException(ErrorCodes.InvalidQuery, $"ranges work on published: only, e.g. published:[2014-01-01 TO 2016-12-31]; not on {field}:");

    // NOT alone means "everything except": a group of nothing but prohibited clauses gets every article to subtract from.
    protected override Query GetBooleanQuery(IList<BooleanClause> clauses, bool disableCoord)
    {
        var query = base.GetBooleanQuery(clauses, disableCoord);
        if (query is BooleanQuery { Clauses.Count: > 0 } b && b.Clauses.All(c => c.Occur == Occur.MUST_NOT))
        {
            b.Add(new MatchAllDocsQuery(), Occur.MUST);
        }
        return query;
    }

    // Wildcards and fuzzy terms search the unstemmed copies: "Netanyah*" should not depend on what the stemmer did.
    // A pattern in lower case is matched against lower-case words; one in capitals against acronyms.
    private Query Multi(string field, string term, Func<string, string, Query> make)
    {
        // Accents never decide a match: the exact copies are folded to ASCII, so the pattern is too ("Flüchtl*").
        var pattern = LanguageForms.Folded(CaseFilter.IsCapitalised(term.Where(char.IsLetterOrDigit).ToArray()) ? term : term.ToLowerInvariant());
        if (field == AnyText)
        {
            return Either(f => make(IndexFields.ExactOf(f), pattern))!;
        }
        var resolved = Resolve(field);
        return resolved.Kind switch
        {
            FieldKind.Text => make(IndexFields.ExactOf(resolved.IndexName), pattern),
            FieldKind.Date => throw new SearchRequestException(ErrorCodes.InvalidQuery, $"{field}: takes a date or a range, not a wildcard"),
            _ when resolved.MatchesWords => make(resolved.WordsIndexName, pattern),
            _ => make(resolved.IndexName, _values.Term(resolved, term)),
        };
    }

    // field:value on a keyword field: the whole value as given (or its canonical form: a country's code, an outlet's
    // registry name, a person's canonical name), or — for names — the words of it anywhere in a value.
    private Query KeywordQuery(FieldDefinition field, string text)
    {
        var whole = new TermQuery(new Term(field.IndexName, _values.Term(field, text)));
        return field.MatchesWords ? QueryTree.Any(whole, base.GetFieldQuery(field.WordsIndexName, text, quoted: true)) : whole;
    }

    // A lower-case word may be an acronym written small (nato → NATO), unless it is a stop word or an everyday word.
    private Query? AcronymOf(string word, Func<string, Query?> make) =>
        Acronyms.MayBeWrittenSmall(word, _values.Data.NotAcronyms, _reader) ? Either(make) : null;

    // Free text naming a person: the article counts as a match when it is tagged with them, and every spelling the alias
    // file gives is searched (so the highlight marks the one the article uses).
    private Query? PersonQuery(string text)
    {
        if (text.Length == 0 || !char.IsUpper(text[0]))
        {
            return null;
        }
        // A full name ("Benny Gantz"), or a name the alias file knows: one word that merely starts with a capital
        // (Iran, Reuters) is no person to look for.
        var spellings = _values.Data.Names.Spellings(text);
        if (!text.Contains(' ') && spellings.Count == 0)
        {
            return null;
        }
        var person = FieldCatalog.Facet("person")!;
        return QueryTree.Any([new TermQuery(new Term(person.IndexName, _values.Term(person, text))),
            .. spellings.Where(s => !string.Equals(s, text, StringComparison.OrdinalIgnoreCase)).Select(s => Either(f => base.GetFieldQuery(IndexFields.ExactOf(f), s, quoted: true)))]);
    }

    private static Query? Either(Func<string, Query?> make)
    {
        var title = make(IndexFields.Title);
        var body = make(IndexFields.Body);
        if (title is null || body is null)
        {
            return body ?? title;
        }
        title.Boost *= TitleBoost;
        return new BooleanQuery { { title, Occur.SHOULD }, { body, Occur.SHOULD } };
    }

    private static FieldDefinition Resolve(string field) => FieldCatalog.Queryable(field)
        ?? throw new SearchRequestException(ErrorCodes.UnknownField,
            $"unknown field '{field}:'; fields are {string.Join(", ", FieldCatalog.QueryNames.Select(f => f + ":"))} (to search for a word followed by a colon, put it in quotes)");
}
