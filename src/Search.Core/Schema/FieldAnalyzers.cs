using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;
using Search.Core.Analysis;

namespace Search.Core.Schema;

/// <summary>The analyzer of each field, for searching and for writing.</summary>
public static class FieldAnalyzers
{
    /// <summary>Stemmed English for text fields, unstemmed for their exact copies, whole values for keywords.</summary>
    public static Analyzer Search { get; } = PerField(NewsAnalyzer.Stemmed);

    /// <summary>
    /// What the index writer analyses with: <see cref="Search"/>, but title and body record their exact forms for
    /// their exact copies to replay (<see cref="ReplayedTokenStream"/>).
    /// </summary>
    public static Analyzer Writer { get; } = PerField(NewsAnalyzer.Recording);

    private static PerFieldAnalyzerWrapper PerField(NewsAnalyzer text) => new(NewsAnalyzer.Stemmed,
        new[] { IndexFields.TitleExact, IndexFields.BodyExact }
            .Concat(FieldCatalog.Keywords.Where(f => f.MatchesWords).Select(f => f.WordsIndexName))
            .Select(f => KeyValuePair.Create(f, (Analyzer)NewsAnalyzer.Exact))
            .Append(KeyValuePair.Create(IndexFields.Title, (Analyzer)text))
            .Append(KeyValuePair.Create(IndexFields.Body, (Analyzer)text))
            .ToDictionary());
}
