using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using Search.Core.Indexing;
using Search.Core.Analysis;
using Search.Core.Schema;

namespace Search.Core.Highlighting;

/// <summary>
/// What a query asks to see marked, read from the parsed query (not its rewrite): stemmed terms, exact terms, exact
/// phrases, and prefix/wildcard/fuzzy patterns, per text field. Clauses under NOT are left out.
/// </summary>
public sealed class HighlightTerms
{
    private readonly HashSet<(string Field, string Term)> _terms = [];
    private readonly List<(string Field, string[] Terms, int Slop)> _phrases = [];
    private readonly List<TermPattern> _patterns = [];

    /// <summary>How many dictionary terms one pattern may bring into a hit's highlighting.</summary>
    private const int MaxPatternTerms = 128;

    // A pattern's dictionary terms per segment (segments never change), found once for every search that asks again.
    private static readonly ConditionalWeakTable<object, ConcurrentDictionary<string, Postings.PatternTerms>> Expansions = new();
    private const int MaxExpansionsPerSegment = 1_024;

    public bool IsEmpty => _terms.Count == 0 && _phrases.Count == 0 && _patterns.Count == 0;

    public static HighlightTerms From(Query? query)
    {
        var h = new HighlightTerms();
        if (query is not null)
        {
            h.Walk(query);
        }
        return h;
    }

    private void Walk(Query query)
    {
        switch (query)
        {
            case BooleanQuery b:
                foreach (var clause in b.Clauses.Where(c => c.Occur != Occur.MUST_NOT))
                {
                    Walk(clause.Query);
                }
                break;
            case TermQuery t:
                _terms.Add((t.Term.Field, t.Term.Text));
                break;
            case PhraseQuery p:
                var terms = p.GetTerms();
                if (terms.Length > 0)
                {
                    _phrases.Add((terms[0].Field, terms.Select(x => x.Text).ToArray(), p.Slop));
                }
                break;
            case FuzzyQuery or PrefixQuery or WildcardQuery:
                _patterns.Add(TermPattern.From(query)!);
                break;
        }
    }

    /// <summary>
    /// The spans of <paramref name="text"/> (a title or body) that match, found by analysing it as the index analysed
    /// an article of <paramref name="language"/> (<see cref="LanguageAnalyzers"/>); sorted and merged.
    /// </summary>
    public List<TextRange> Spans(string text, string field, string? language = null)
    {
        if (IsEmpty || text.Length == 0)
        {
            return [];
        }
        var exactField = IndexFields.ExactOf(field);
        var stemmed = _terms.Any(t => t.Field == field) ? TextTokens.Analyze(LanguageAnalyzers.Stemmed(language), field, text) : [];
        var exact = WantsExact(exactField) ? TextTokens.Analyze(LanguageAnalyzers.Exact(language), exactField, text) : [];
        return Match(field, stemmed, exact)!;
    }

    /// <summary>
    /// The same for a document's indexed field, read from the offsets stored in the postings of the query's own terms
    /// (and of the dictionary terms its patterns match, at most <see cref="MaxPatternTerms"/> each): no re-analysis.
    /// </summary>
    public List<TextRange> Spans(AtomicReader reader, int doc, string field) => Spans(reader, [doc], field)[doc];

    /// <summary>
    /// The spans of several documents of one segment (a page of hits), by document: each term is looked up in the
    /// dictionary once and its postings walked once through the documents in order, not once per document.
    /// </summary>
    /// <remarks>
    /// Where the exact forms are indexed without offsets (the body), their positions come from the exact field's
    /// postings and their offsets from the stemmed field's at the same positions (<see cref="ExactOffsets"/>);
    /// <paramref name="textOf"/> gives a document's text for placing stop words, and for analysing the rare document
    /// where a form cannot be placed that way.
    /// </remarks>
    public Dictionary<int, List<TextRange>> Spans(AtomicReader reader, IEnumerable<int> docs, string field, Func<int, ReadOnlyMemory<char>>? textOf = null, Func<int, string?>? languageOf = null)
    {
        var sorted = docs.Distinct().Order().ToArray();
        var stemmed = sorted.ToDictionary(d => d, _ => new List<TextTokens.Token>());
        var exact = sorted.ToDictionary(d => d, _ => new List<TextTokens.Token>());
        var exactField = IndexFields.ExactOf(field);
        if (!IsEmpty)
        {
            var postings = new Postings(reader, field);
            foreach (var (_, term) in _terms.Where(t => t.Field == field))
            {
                postings.Read(sorted, term, stemmed);
            }
            var exactOffsets = reader.FieldInfos.FieldInfo(exactField) is { IndexOptions: IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS };
            if (WantsExact(exactField) && !exactOffsets && textOf is not null)
            {
                var language = languageOf ?? (_ => null);
                var unplaced = ExactOffsets.Read(reader, sorted, field, exactField, WantedExact(reader, exactField), exact, language, textOf);
                // A pattern matching more dictionary terms than are read may stand in a hit under a term left out: a hit
                // with none of the terms read is analysed (a prefix's common terms are read first, so this is rare).
                if (PatternsCut(reader, exactField))
                {
                    unplaced.AddRange(sorted.Where(d => !unplaced.Contains(d) && !exact[d].Any(t => _patterns.Any(p => p.Field == exactField && p.Matches(t.Term)))));
                }
                foreach (var d in unplaced)
                {
                    exact[d] = TextTokens.Analyze(LanguageAnalyzers.Exact(language(d)), exactField, textOf(d).ToString());
                }
                // A match needing a stop word that stands apart from every placed word: that document is analysed.
                return sorted.ToDictionary(d => d, d => Match(field, stemmed[d], exact[d])
                    ?? Match(field, stemmed[d], TextTokens.Analyze(LanguageAnalyzers.Exact(language(d)), exactField, textOf(d).ToString()))!);
            }
            else if (WantsExact(exactField))
            {
                var exactPostings = new Postings(reader, exactField);
                foreach (var term in WantedExact(reader, exactField))
                {
                    exactPostings.Read(sorted, term, exact);
                }
                foreach (var tokens in exact.Values)
                {
                    tokens.Sort((a, b) => a.Position.CompareTo(b.Position));
                }
            }
        }
        return sorted.ToDictionary(d => d, d => Match(field, stemmed[d], exact[d]) ?? []);
    }

    // The exact field's terms a page's highlighting reads: exact terms, phrase words and the patterns' dictionary terms.
    private IEnumerable<string> WantedExact(AtomicReader reader, string exactField) =>
        _terms.Where(t => t.Field == exactField).Select(t => t.Term)
            .Concat(_phrases.Where(p => p.Field == exactField).SelectMany(p => p.Terms))
            .Concat(Enumerable.Range(0, _patterns.Count).Where(i => _patterns[i].Field == exactField).SelectMany(i => Expansion(reader, i).Terms))
            .Distinct();

    // Whether a pattern of the field matches more dictionary terms in this segment than highlighting reads.
    private bool PatternsCut(AtomicReader reader, string exactField) =>
        Enumerable.Range(0, _patterns.Count).Any(i => _patterns[i].Field == exactField && Expansion(reader, i).Cut);

    // A pattern's dictionary terms in one segment, read once for every page of hits in it.
    private Postings.PatternTerms Expansion(AtomicReader reader, int pattern)
    {
        var (field, key, prefix, _) = _patterns[pattern];
        var segment = Expansions.GetValue(reader.CoreCacheKey, _ => new ConcurrentDictionary<string, Postings.PatternTerms>(StringComparer.Ordinal));
        if (segment.TryGetValue(field + "\0" + key, out var terms))
        {
            return terms;
        }
        terms = new Postings(reader, field).MatchingTerms(prefix, _patterns[pattern].Matches, MaxPatternTerms);
        if (segment.Count >= MaxExpansionsPerSegment)
        {
            segment.Clear();
        }
        segment[field + "\0" + key] = terms;
        return terms;
    }

    /// <summary>Whether the query marks exact forms of <paramref name="field"/> (quoted phrases, exact terms, patterns).</summary>
    public bool WantsExactForms(string field) => WantsExact(IndexFields.ExactOf(field));

    private bool WantsExact(string exactField) =>
        _terms.Any(t => t.Field == exactField) || _phrases.Any(p => p.Field == exactField) || _patterns.Any(p => p.Field == exactField);

    // The matches' ranges; null when one needs an exact form that has no range (see ExactOffsets).
    private List<TextRange>? Match(string field, List<TextTokens.Token> stemmed, List<TextTokens.Token> exact)
    {
        var exactField = IndexFields.ExactOf(field);
        var spans = new List<TextRange>();
        foreach (var tok in stemmed)
        {
            if (_terms.Contains((field, tok.Term)))
            {
                spans.Add(new TextRange(tok.Start, tok.End));
            }
        }
        var patterns = _patterns.Where(p => p.Field == exactField).ToList();
        foreach (var tok in exact)
        {
            if (_terms.Contains((exactField, tok.Term)) || patterns.Any(p => p.Matches(tok.Term)))
            {
                spans.Add(new TextRange(tok.Start, tok.End));
            }
        }
        foreach (var (_, terms, slop) in _phrases.Where(p => p.Field == exactField))
        {
            AddPhrases(exact, terms, slop, spans);
        }
        return spans.Any(s => s.Start < 0 || s.End < 0) ? null : TextRange.Merge(spans);
    }

    // A phrase is marked only where the whole phrase stands (within the slop for "proximity"~N queries).
    private static void AddPhrases(List<TextTokens.Token> tokens, string[] terms, int slop, List<TextRange> spans)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Term != terms[0])
            {
                continue;
            }
            var matched = new List<int> { i };
            var j = i;
            for (var k = 1; k < terms.Length; k++)
            {
                var next = -1;
                for (var m = j + 1; m < tokens.Count && tokens[m].Position - tokens[j].Position <= 1 + slop; m++)
                {
                    if (tokens[m].Term == terms[k])
                    {
                        next = m;
                        break;
                    }
                }
                if (next < 0)
                {
                    matched.Clear();
                    break;
                }
                matched.Add(next);
                j = next;
            }
            if (matched.Count == terms.Length)
            {
                spans.Add(new TextRange(tokens[matched[0]].Start, tokens[matched[^1]].End));
            }
        }
    }
}
