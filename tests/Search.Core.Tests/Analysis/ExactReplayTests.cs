using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Search.Core.Indexing;
using Search.Core.Model;
using Search.Core.Analysis;
using Search.Core.Schema;

namespace Search.Core.Tests.Analysis;

/// <summary>The exact copies of title and body are replayed from the stemmed analysis at index time: they must be what the exact analysis makes.</summary>
public class ExactReplayTests
{
    private static readonly Article[] Articles =
    [
        new() { Id = "a", Title = "The U.S. envoy’s talks", Text = "Running late, the U.S. envoy met Peña's aides. They're running the talks in Doha; \"the\" talks ran on." },
        new() { Id = "b", Title = "A second title", Text = "Another text of the IAEA's inspectors and the inspections they ran." },
        new() { Id = "c", Title = null, Text = "" },
    ];

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void ExactFields_HoldTheExactAnalysisPositions(bool recording)
    {
        using var directory = new RAMDirectory();
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(NewsAnalyzer.Version,
                   recording ? FieldAnalyzers.Writer : FieldAnalyzers.Search)))
        {
            var fields = new ReusableDocument();
            foreach (var article in Articles)
            {
                writer.AddDocument(fields.Fill(article, "hash", DateTimeOffset.UnixEpoch));
            }
            writer.Commit();
        }
        using var reader = DirectoryReader.Open(directory);
        var searcher = new IndexSearcher(reader);
        foreach (var article in Articles)
        {
            var doc = searcher.Search(new TermQuery(IndexFields.IdTerm(article.Id)), 1).ScoreDocs.Single().Doc;
            Assert.Equal(ExactPositions(IndexFields.BodyExact, article.Text), IndexedPositions(reader, IndexFields.BodyExact, doc));
            Assert.Equal(ExactPositions(IndexFields.TitleExact, article.Title ?? ""), IndexedPositions(reader, IndexFields.TitleExact, doc));
        }
        // Exact forms are there, unstemmed, stop words included; the stemmed field still has only stems.
        Assert.Contains(("running", 0), IndexedPositions(reader, IndexFields.BodyExact, 0));
        Assert.Contains(("the", 2), IndexedPositions(reader, IndexFields.BodyExact, 0));
        Assert.DoesNotContain(IndexedPositions(reader, IndexFields.Body, 0), t => t.Term is "running" or "the");
    }

    private static List<(string Term, int Position)> ExactPositions(string field, string text)
    {
        var result = new List<(string, int)>();
        using var stream = NewsAnalyzer.Exact.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        var position = -1;
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            result.Add((term.ToString(), position));
        }
        stream.End();
        return result.OrderBy(t => t.Item2).ThenBy(t => t.Item1, StringComparer.Ordinal).ToList();
    }

    private static List<(string Term, int Position)> IndexedPositions(IndexReader reader, string field, int doc)
    {
        var result = new List<(string, int)>();
        var terms = MultiFields.GetTerms(reader, field);
        if (terms is null)
        {
            return result;
        }
        var termsEnum = terms.GetEnumerator();
        while (termsEnum.MoveNext())
        {
            var postings = termsEnum.DocsAndPositions(MultiFields.GetLiveDocs(reader), null);
            if (postings.Advance(doc) != doc)
            {
                continue;
            }
            for (var i = 0; i < postings.Freq; i++)
            {
                result.Add((termsEnum.Term.Utf8ToString(), postings.NextPosition()));
            }
        }
        return result.OrderBy(t => t.Item2).ThenBy(t => t.Item1, StringComparer.Ordinal).ToList();
    }
}
