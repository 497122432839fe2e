using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Search.Core.Enrichment;
using Search.Core.Highlighting;
using Search.Core.Indexing;
using Search.Core.Schema;
using Search.Core.Searching;
using Search.Core.Querying;

namespace Search.Benchmarks;

/// <summary>
/// Hot paths of a search, on an index of 10,000 generated articles built in setup: counting facets outlet, country,
/// person and year over N matches (queries tagged to match exactly N), and highlighting one hit (postings offsets,
/// passage choice, escaping).
/// </summary>
[MemoryDiagnoser]
public class SearchBenchmarks
{
    private string _work = "";
    private ArticleSearcher _searcher = null!;
    private DirectoryReader _reader = null!;
    private HighlightTerms _terms = null!;
    private AtomicReader _leaf = null!;
    private int _doc;
    private string _text = "";

    [Params(100, 1_000, 10_000)]
    public int Matches { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _work = Path.Combine(Path.GetTempPath(), "search-micro", Guid.NewGuid().ToString("n"));
        Directory.CreateDirectory(_work);
        var corpus = Path.Combine(_work, "corpus.jsonl");
        Runner.Generator().Write(corpus, 10_000);
        // Tag articles so that "tag100", "tag1000" and "tag10000" match exactly that many.
        var tagged = File.ReadLines(corpus).Select((line, i) =>
        {
            var article = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(line)!;
            var tags = string.Join(' ', new[] { 100, 1_000, 10_000 }.Where(n => i < n).Select(n => $"tag{n}"));
            var copy = article.ToDictionary(kv => kv.Key, kv => (object)kv.Value);
            copy["text"] = article["text"].GetString() + " " + tags;
            return JsonSerializer.Serialize(copy);
        }).ToList();
        File.WriteAllLines(corpus, tagged);
        var index = Path.Combine(_work, "index");
        new ArticleIndexer(new ArticleEnricher(EnrichmentData.Default)).Run([corpus], index, new IndexRunOptions());
        IndexOptimizer.Merge(index, 1);
        _searcher = new ArticleSearcher(index, EnrichmentData.Default);

        _reader = DirectoryReader.Open(IndexStore.Open(index));
        var word = Runner.Generator().Vocabulary[2_000];
        var query = NewsQueryParser.Read(word, new KeywordValues(EnrichmentData.Default));
        _terms = HighlightTerms.From(query);
        var hit = new IndexSearcher(_reader).Search(query, 1).ScoreDocs[0].Doc;
        var leaves = _reader.Leaves;
        var leaf = leaves[ReaderUtil.SubIndex(hit, leaves)];
        _leaf = leaf.AtomicReader;
        _doc = hit - leaf.DocBase;
        _text = ArticleDocument.Read(_leaf, _doc, withText: true).Text;
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _searcher.Dispose();
        _reader.Dispose();
        Directory.Delete(_work, recursive: true);
    }

    [Benchmark]
    public int CountFacetsOverMatches() =>
        _searcher.Search(new SearchRequest { Query = $"tag{Matches}", Highlight = false, Facets = ["outlet", "country", "person", "year"] }).Total;

    [Benchmark]
    public int HighlightOneHit()
    {
        var spans = _terms.Spans(_leaf, _doc, IndexFields.Body);
        return PassageSelector.Select(_text, spans, 3, 200).Sum(p => HighlightHtml.ToHtml(_text, p).Length);
    }
}
