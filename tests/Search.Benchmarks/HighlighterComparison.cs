using System.Diagnostics;
using System.Globalization;
using System.Text;
using ICU4N.Globalization;
using ICU4N.Text;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.PostingsHighlight;
using Search.Core.Enrichment;
using Search.Core.Highlighting;
using Search.Core.Indexing;
using Search.Core.Querying;
using Search.Core.Schema;
using Search.Core.Searching;

namespace Search.Benchmarks;

/// <summary>
/// Lucene.Net.Highlighter's postings highlighter (<c>ICUPostingsHighlighter</c>, in Lucene.Net.ICU at beta00017)
/// weighed against <c>Search.Core/Highlighting</c> on one index and the benchmark's query set: per kind, the median cost
/// of highlighting a page of 20 hits (3 passages each) for each, and how many of the pages each one marks anything in;
/// then sentence boundaries by ICU's BreakIterator against the passage selector's own splitting, over the same texts.
/// </summary>
public static class HighlighterComparison
{
    /// <summary>The library's highlighter reading texts where the service keeps them (compressed doc values).</summary>
    private sealed class IndexTextHighlighter : ICUPostingsHighlighter
    {
        protected override IList<string[]> LoadFieldValues(IndexSearcher searcher, string[] fields, int[] docids, int maxLength)
        {
            // One array per field, holding each document's value.
            var texts = docids.Select(doc => TextOf(searcher.IndexReader, doc)).Select(text => text.Length > maxLength ? text[..maxLength] : text).ToArray();
            return fields.Select(_ => texts).ToList();
        }
    }

    /// <summary>
    /// ICU4N needs the cultures that .NET's invariant-globalization mode — the service's, and this program's, so that
    /// both read text alike — leaves out. The comparison therefore runs in a child process of this program started
    /// with a copy of its runtime configuration that turns the mode off.
    /// </summary>
    public static string RunInChild(string index, int rounds)
    {
        var dll = typeof(HighlighterComparison).Assembly.Location;
        var config = Path.ChangeExtension(dll, ".runtimeconfig.json");
        var withCultures = Path.Combine(Path.GetTempPath(), $"search-benchmarks-{Environment.ProcessId}.runtimeconfig.json");
        var json = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(config))!;
        json["runtimeOptions"]!["configProperties"]!["System.Globalization.Invariant"] = false;
        File.WriteAllText(withCultures, json.ToJsonString());
        try
        {
            var (exitCode, output, errors, _) = Measure.Run("dotnet", ["exec", "--runtimeconfig", withCultures, dll, "highlighters-child", index,
                rounds.ToString(CultureInfo.InvariantCulture)]);
            return exitCode == 0 ? output : throw new InvalidOperationException($"the comparison failed ({exitCode}): {errors}");
        }
        finally
        {
            File.Delete(withCultures);
        }
    }

    public static string Run(string index, int rounds)
    {
        using var directory = IndexStore.Open(index);
        using var reader = DirectoryReader.Open(directory);
        var searcher = new IndexSearcher(reader) { Similarity = new Lucene.Net.Search.Similarities.BM25Similarity() };
        using var service = new ArticleSearcher(index, EnrichmentData.Default);
        var values = new KeywordValues(EnrichmentData.Default);
        var library = new IndexTextHighlighter();
        var sb = new StringBuilder();
        sb.AppendLine(CultureInfo.InvariantCulture, $"Highlighting a page of 20 hits, 3 passages each, {reader.NumDocs:N0} articles, median ms over {rounds} rounds, on {Measure.Machine()}.");
        sb.AppendLine();
        sb.AppendLine("| kind | queries | Search.Core (highlight on − off) | pages marked | ICUPostingsHighlighter | pages marked |");
        sb.AppendLine("| --- | ---: | ---: | ---: | ---: | ---: |");
        var texts = new List<string>();
        foreach (var kind in Runner.QuerySet().Where(q => q.Q.Length > 0 && q.Filters().Count == 0 && q.From is null).GroupBy(q => q.Kind))
        {
            var ours = new List<double>();
            var theirs = new List<double>();
            int oursMarked = 0, theirsMarked = 0;
            foreach (var q in kind)
            {
                var request = new SearchRequest { Query = q.Q, Facets = [] };
                var query = NewsQueryParser.Read(q.Q, values, reader);
                var top = searcher.Search(query, 20);
                if (top.ScoreDocs.Length == 0)
                {
                    continue;
                }
                var on = Median(rounds, () => service.Search(request));
                var off = Median(rounds, () => service.Search(request with { Highlight = false }));
                ours.Add(Math.Max(0, on - off));
                oursMarked += service.Search(request).Hits.Any(h => h.Highlights?.Passages.Any(p => p.Matches.Count > 0) == true) ? 1 : 0;
                theirs.Add(Median(rounds, () => library.Highlight(IndexFields.Body, query, searcher, top, 3)));
                theirsMarked += library.Highlight(IndexFields.Body, query, searcher, top, 3).Any(p => p?.Contains("<b>", StringComparison.Ordinal) == true) ? 1 : 0;
                if (texts.Count < 2_000)
                {
                    texts.AddRange(top.ScoreDocs.Select(d => TextOf(reader, d.Doc)));
                }
            }
            if (ours.Count == 0)
            {
                continue;
            }
            ours.Sort();
            theirs.Sort();
            sb.AppendLine(CultureInfo.InvariantCulture,
                $"| {kind.Key} | {ours.Count} | {Measure.Percentile(ours, 50):0.00} | {oursMarked} | {Measure.Percentile(theirs, 50):0.00} | {theirsMarked} |");
        }
        sb.AppendLine();
        var icu = BreakIterator.GetSentenceInstance(new UCultureInfo("en"));
        var icuSentences = 0;
        var icuMs = Median(3, () =>
        {
            icuSentences = 0;
            foreach (var text in texts)
            {
                icu.SetText(text);
                for (var end = icu.Next(); end != BreakIterator.Done; end = icu.Next())
                {
                    icuSentences++;
                }
            }
        });
        var oursMs = Median(3, () =>
        {
            foreach (var text in texts)
            {
                // A match at the very end makes the selector split the whole text into passages.
                PassageSelector.Select(text, [new TextRange(text.Length - 1, text.Length)], 3, 200);
            }
        });
        sb.AppendLine(CultureInfo.InvariantCulture,
            $"Sentence boundaries over {texts.Count:N0} hit texts ({texts.Sum(t => t.Length) / 1e6:0.0} M characters): ICU BreakIterator {icuMs:0.0} ms ({icuSentences:N0} sentences); the passage selector's own splitting into passages {oursMs:0.0} ms.");
        return sb.ToString();
    }

    // An article's text by its top-level document number.
    private static string TextOf(IndexReader reader, int doc)
    {
        var leaf = reader.Leaves[ReaderUtil.SubIndex(doc, reader.Leaves)];
        return ArticleDocument.ReadText(leaf.AtomicReader, doc - leaf.DocBase);
    }

    private static double Median(int rounds, Action run)
    {
        var times = new List<double>(rounds);
        for (var i = 0; i < rounds; i++)
        {
            var start = Stopwatch.GetTimestamp();
            run();
            times.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }
        times.Sort();
        return Measure.Percentile(times, 50);
    }
}
