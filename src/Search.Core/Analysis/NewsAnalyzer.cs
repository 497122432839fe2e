using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Util;

namespace Search.Core.Analysis;

/// <summary>
/// English analysis for title and body: standard tokenizer, possessives off, acronym dots and inner apostrophes joined,
/// lower case but for acronyms (<see cref="CaseFilter"/>: "US" is not "us"), ASCII folding ("Peña" = "Pena"), and —
/// unless <paramref name="exact"/> — stop words and Porter stemming (acronyms are not stemmed).
/// The exact variant feeds the unstemmed copies that quoted phrases search; the recording variant (the index writer's,
/// for title and body) also writes the exact forms down on the way (<see cref="ExactFormsRecorder"/>), so the exact
/// copy of the same text is replayed rather than analysed twice.
/// </summary>
public sealed class NewsAnalyzer(bool exact, bool records = false) : Analyzer
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    public static NewsAnalyzer Stemmed { get; } = new(exact: false);
    public static NewsAnalyzer Exact { get; } = new(exact: true);
    public static NewsAnalyzer Recording { get; } = new(exact: false, records: true);

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(Version, reader) { MaxTokenLength = 255 };
        TokenStream stream = new EnglishPossessiveFilter(Version, source);
        stream = new WordJoinFilter(stream);
        stream = new CaseFilter(stream);
        stream = new ASCIIFoldingFilter(stream);
        if (records)
        {
            stream = new ExactFormsRecorder(stream, fieldName);
        }
        if (!exact)
        {
            stream = new StopFilter(Version, stream, EnglishAnalyzer.DefaultStopSet);
            stream = new PorterStemFilter(stream);
        }
        return new TokenStreamComponents(source, stream);
    }

    /// <summary>Values of a multi-valued field (two people's names) are far apart: a phrase never spans two of them.</summary>
    public override int GetPositionIncrementGap(string fieldName) => 100;
}
