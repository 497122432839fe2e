using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Ar;
using Lucene.Net.Analysis.Cjk;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.De;
using Lucene.Net.Analysis.Es;
using Lucene.Net.Analysis.Fa;
using Lucene.Net.Analysis.Fr;
using Lucene.Net.Analysis.El;
using Lucene.Net.Analysis.It;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Pt;
using Lucene.Net.Analysis.Ru;
using Lucene.Net.Analysis.Snowball;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Sv;
using Lucene.Net.Analysis.Tr;
using Lucene.Net.Analysis.Util;

namespace Search.Core.Analysis;

/// <summary>
/// The analysis of an article's title and body by its language: English (and any language without a chain here) keeps
/// <see cref="NewsAnalyzer"/>; the others get lower case, their own normalization and light stemmer (Lucene's), and
/// ASCII folding, so accents never decide a match; Chinese, Japanese and Korean are cut into overlapping pairs of
/// characters, so a word is found inside a longer one ("デスクトップ" in "デスクトップアプリ"). Each language has a stemmed
/// chain (the body and title fields) and an exact one (their exact copies, for quoted phrases).
/// </summary>
public static class LanguageAnalyzers
{
    private static readonly Dictionary<string, (Analyzer Stemmed, Analyzer Exact)> Chains = new[]
    {
        "de", "fr", "es", "it", "pt", "nl", "ru", "uk", "ar", "fa", "tr", "pl", "sv", "he", "el", "zh", "ja", "ko",
    }.ToDictionary(code => code, code => ((Analyzer)new LanguageAnalyzer(code, exact: false), (Analyzer)new LanguageAnalyzer(code, exact: true)), StringComparer.Ordinal);

    /// <summary>The languages with a chain of their own.</summary>
    public static IReadOnlyCollection<string> Languages => Chains.Keys;

    /// <summary>Whether <paramref name="language"/> has a chain of its own (English and unknown languages do not).</summary>
    public static bool HasOwn(string? language) => language is not null && Chains.ContainsKey(language);

    /// <summary>Chinese, Japanese and Korean: words are pairs of characters, so a query word is a phrase of pairs.</summary>
    public static bool IsCjk(string? language) => language is "zh" or "ja" or "ko";

    public static Analyzer Stemmed(string? language) => language is not null && Chains.TryGetValue(language, out var c) ? c.Stemmed : NewsAnalyzer.Stemmed;

    public static Analyzer Exact(string? language) => language is not null && Chains.TryGetValue(language, out var c) ? c.Exact : NewsAnalyzer.Exact;

    // Components per field: a document's title and body are analysed by the same analyzer before the writer reads
    // either stream, so one set of components for both would hand the body's stream the title's text.
    private sealed class LanguageAnalyzer(string language, bool exact) : Analyzer(PER_FIELD_REUSE_STRATEGY)
    {
        private static readonly CharArraySet ItalianArticles = new(NewsAnalyzer.Version,
            ["c", "l", "all", "dall", "dell", "nell", "sull", "coll", "pell", "gl", "agl", "dagl", "degl", "negl", "sugl", "un", "m", "t", "s", "v", "d"], true);

        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
            var source = new StandardTokenizer(NewsAnalyzer.Version, reader) { MaxTokenLength = 255 };
            TokenStream stream = source;
            switch (language)
            {
                case "zh" or "ja" or "ko":
                    stream = new CJKBigramFilter(new LowerCaseFilter(NewsAnalyzer.Version, new CJKWidthFilter(stream)));
                    break;
                case "tr":
                    // Lucene's Turkish lower-casing needs the tr culture, which an invariant-globalization process lacks;
                    // folding then makes dotted and dotless i one letter anyway.
                    stream = new LowerCaseFilter(NewsAnalyzer.Version, new ApostropheFilter(stream));
                    break;
                case "fr":
                    stream = new LowerCaseFilter(NewsAnalyzer.Version, new ElisionFilter(stream, FrenchAnalyzer.DEFAULT_ARTICLES));
                    break;
                case "it":
                    stream = new LowerCaseFilter(NewsAnalyzer.Version, new ElisionFilter(stream, ItalianArticles));
                    break;
                case "el":
                    stream = new GreekLetterFilter(stream);
                    break;
                default:
                    stream = new LowerCaseFilter(NewsAnalyzer.Version, stream);
                    break;
            }
            stream = language switch
            {
                "de" => new GermanNormalizationFilter(stream),
                "ar" => new ArabicNormalizationFilter(stream),
                "fa" => new PersianNormalizationFilter(new ArabicNormalizationFilter(stream)),
                _ => stream,
            };
            if (!exact)
            {
                stream = language switch
                {
                    "de" => new GermanLightStemFilter(stream),
                    "fr" => new FrenchLightStemFilter(stream),
                    "es" => new SpanishLightStemFilter(stream),
                    "it" => new ItalianLightStemFilter(stream),
                    "pt" => new PortugueseLightStemFilter(stream),
                    "nl" => new SnowballFilter(stream, "Dutch"),
                    "ru" => new RussianLightStemFilter(stream),
                    "ar" => new ArabicStemFilter(stream),
                    "tr" => new SnowballFilter(stream, "Turkish"),
                    "sv" => new SwedishLightStemFilter(stream),
                    "el" => new GreekStemFilter(stream),
                    _ => stream,
                };
            }
            return new TokenStreamComponents(source, new ASCIIFoldingFilter(stream));
        }

        // As NewsAnalyzer's: a phrase never spans two values of a multi-valued field.
        public override int GetPositionIncrementGap(string fieldName) => 100;
    }
}
