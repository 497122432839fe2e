using BenchmarkDotNet.Attributes;
using Search.Core.Enrichment;
using Search.Core.Ingest;

namespace Search.Benchmarks;

/// <summary>
/// The whole enrichment of one article (cleaning, title, date, authors, outlet, countries, people, citations), over
/// each sample article. MB/s = the article's bytes / the mean time; the budget is 10 MB/s per core.
/// </summary>
[MemoryDiagnoser]
public class EnrichmentBenchmarks
{
    private readonly ArticleEnricher _enricher = new(EnrichmentData.Default);
    private SourceDocument _doc = null!;

    public static IEnumerable<string> Samples() =>
        Directory.GetFiles(Search.Tests.Shared.RepositoryRoot.SampleArticles, "*.txt").Select(Path.GetFileName).Order()!;

    [ParamsSource(nameof(Samples))]
    public string Article { get; set; } = "";

    [GlobalSetup]
    public void Setup() => _doc = CorpusReader.Read([Path.Combine(Search.Tests.Shared.RepositoryRoot.SampleArticles, Article)]).Single().Document!;

    [Benchmark]
    public int EnrichOneArticle() => _enricher.Enrich(_doc).Text.Length;
}
