using System.Text.Json;
using Lucene.Net.Index;
using Search.Core.Enrichment;
using Search.Core.Indexing;
using Search.Core.Ingest;
using Search.Core.Model;
using Search.Core.Searching;
using Search.Core.Tests.Searching;
using Search.Tests.Shared;
using Search.Core.Querying;
using Search.Core.Schema;

namespace Search.Core.Tests.Indexing;

public class ReindexerTests
{
    private static readonly ArticleEnricher Current = new(EnrichmentData.Default);

    [Fact]
    public void AnIndexBuiltByOlderEnrichment_RebuiltFromItselfWithoutItsSources_EqualsABuildFromTheSourcesAndKeepsArrivalTimes()
    {
        var corpus = TestCorpus.Write(TestPaths.NewTempFolder());
        // The "older version": the same program with an outlet registry that knew only the first three outlets.
        var older = new ArticleEnricher(EnrichmentData.Load(OlderData()));
        var archive = TestPaths.NewTempFolder();
        new ArticleIndexer(older).Run([corpus], archive, new IndexRunOptions());
        var fresh = TestPaths.NewTempFolder();
        new ArticleIndexer(Current).Run([corpus], fresh, new IndexRunOptions());
        var arrivedBefore = Arrivals(archive);
        Assert.NotEqual(Articles(fresh), Articles(archive));
        Directory.Delete(corpus, recursive: true);

        var summary = new Reindexer(Current).Run(archive, new IndexRunOptions());

        Assert.Equal((IndexFields.SchemaVersion, TestCorpus.Total, TestCorpus.Total), (summary.FromLayout, summary.ArticlesBefore, summary.Build.Added));
        Assert.Equal(Articles(fresh), Articles(archive));
        Assert.Equal(arrivedBefore, Arrivals(archive));
        Assert.False(Directory.Exists(Reindexer.WorkPath(archive)));
        using var expected = new ArticleSearcher(fresh, EnrichmentData.Default);
        using var rebuilt = new ArticleSearcher(archive, EnrichmentData.Default);
        foreach (var q in Querying.DocumentedQueryTests.Examples().Cast<object[]>().Select(row => (string)row[0]))
        {
            Assert.Equal(Answer(expected, q), Answer(rebuilt, q));
        }
    }

    [Fact]
    public void ALayout6Index_IsRefusedBySearchWithTheReindexCommand_AndReindexUpgradesIt()
    {
        var corpus = TestCorpus.Write(TestPaths.NewTempFolder());
        var current = TestPaths.NewTempFolder();
        new ArticleIndexer(Current).Run([corpus], current, new IndexRunOptions());
        // Layout 6 kept the same metadata and body, but no source documents.
        var old = TestPaths.NewTempFolder();
        using (var directory = IndexStore.Open(old))
        using (var writer = new IndexWriter(directory, IndexStore.WriterConfig(old, OpenMode.CREATE)))
        {
            foreach (var article in StoredArticles(current))
            {
                writer.AddDocument(ArticleDocument.Build(article, ArticleDocument.ContentHash(article), DateTimeOffset.UnixEpoch));
            }
            writer.SetCommitData(new Dictionary<string, string> { [IndexFields.SchemaKey] = "6" });
            writer.Commit();
        }

        var refused = Assert.Throws<IndexUnusableException>(() => new ArticleSearcher(old, EnrichmentData.Default));
        Assert.Contains("layout 6", refused.Message);
        Assert.Contains($"reindex --index {old}", refused.Message);

        var summary = new Reindexer(Current).Run(old, new IndexRunOptions());
        Assert.Equal(("6", TestCorpus.Total), (summary.FromLayout, summary.Build.Added));
        using var upgraded = new ArticleSearcher(old, EnrichmentData.Default);
        Assert.Equal(TestCorpus.Total, upgraded.Count);
        Assert.Equal(StoredArticles(current).Select(a => (a.Id, a.Text, a.Title, a.Url, a.Published)).Order(),
            StoredArticles(old).Select(a => (a.Id, a.Text, a.Title, a.Url, a.Published)).Order());
        Assert.All(Arrivals(old).Values, added => Assert.Equal(0, added));
    }

    [Fact]
    public void AServiceKeepsAnsweringDuringAReindex_AndSeesTheRebuiltIndexAtItsNextRefresh()
    {
        var index = TestPaths.NewTempFolder();
        new ArticleIndexer(Current).Run([TestCorpus.Write(TestPaths.NewTempFolder())], index, new IndexRunOptions());
        using var searcher = new ArticleSearcher(index, EnrichmentData.Default);
        var before = searcher.Search(new SearchRequest { Query = "harbour" }).Total;

        new Reindexer(Current).Run(index, new IndexRunOptions());
        Assert.Equal(before, searcher.Search(new SearchRequest { Query = "harbour" }).Total);
        Assert.True(searcher.Refresh());
        Assert.Equal(before, searcher.Search(new SearchRequest { Query = "harbour" }).Total);
        Assert.Equal(TestCorpus.Total, searcher.Count);
    }

    [Fact]
    public void ADiskFullDuringReindex_LeavesTheServedIndexWhole_NamesTheDisk_AndARerunFinishes()
    {
        var index = TestPaths.NewTempFolder();
        new ArticleIndexer(Current).Run([TestCorpus.Write(TestPaths.NewTempFolder())], index, new IndexRunOptions());
        var articles = Articles(index);
        // The disk fills while the new index is built beside the served one, and again while it is switched in.
        foreach (var failingFolder in new[] { Reindexer.WorkPath(index), index })
        {
            var options = new IndexRunOptions
            {
                OpenDirectory = path => path == failingFolder ? new FullDiskDirectory(IndexStore.Open(path), 20_000) : IndexStore.Open(path),
            };
            var full = Assert.Throws<DiskFullException>(() => new Reindexer(Current).Run(index, options));
            Assert.Contains("free of", full.Message);
            Assert.Equal(articles, Articles(index));
            Assert.False(Directory.Exists(Reindexer.WorkPath(index)));
        }
        new Reindexer(Current).Run(index, new IndexRunOptions());
        Assert.Equal(articles, Articles(index));
    }

    [Fact]
    public void ASourceDocumentStoredWithTheArticle_ReadsBackAsItWasGiven()
    {
        var page = File.ReadAllText(TestPaths.Sample("000"));
        var source = new SourceDocument
        {
            Source = "000.txt", Text = page, Kind = TextKind.PageText, Url = "https://example.org/a", Outlet = "RT", Title = "A title",
            Published = new DateOnly(2019, 11, 19), Authors = ["A. Writer"], Fetched = DateTimeOffset.FromUnixTimeSeconds(1_600_000_000), Modified = new DateOnly(2019, 12, 1),
        };
        var index = TestPaths.NewTempFolder();
        var article = Current.Enrich(source);
        using (var directory = IndexStore.Open(index))
        using (var writer = new IndexWriter(directory, IndexStore.WriterConfig(index, OpenMode.CREATE)))
        {
            writer.AddDocument(ArticleDocument.Build(article, "hash", DateTimeOffset.FromUnixTimeMilliseconds(1234), source));
            writer.SetCommitData(IndexStore.CommitData());
            writer.Commit();
        }
        using var reader = DirectoryReader.Open(IndexStore.Open(index));
        var back = Assert.Single(Reindexer.ReadBack(reader)).Document!;
        Assert.Equal(source with { Id = article.Id, Added = DateTimeOffset.FromUnixTimeMilliseconds(1234), Authors = null },
            back with { Authors = null });
        Assert.Equal(source.Authors, back.Authors);
        Assert.NotEqual(article.Text, back.Text);
    }

    private static string OlderData()
    {
        var folder = TestPaths.NewTempFolder();
        foreach (var file in Directory.GetFiles(EnrichmentData.DefaultDirectory))
        {
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        }
        var registry = TestJson.Node(File.ReadAllText(Path.Combine(folder, "outlets.json")));
        var outlets = registry["outlets"]!.AsArray();
        while (outlets.Count > 3)
        {
            outlets.RemoveAt(outlets.Count - 1);
        }
        File.WriteAllText(Path.Combine(folder, "outlets.json"), registry.ToJsonString());
        return folder;
    }

    private static List<Article> StoredArticles(string index)
    {
        using var reader = DirectoryReader.Open(IndexStore.Open(index));
        return reader.Leaves.SelectMany(leaf => Enumerable.Range(0, leaf.AtomicReader.MaxDoc)
            .Where(d => leaf.AtomicReader.LiveDocs?.Get(d) ?? true)
            .Select(d => ArticleDocument.Read(leaf.AtomicReader, d, withText: true))).ToList();
    }

    // Every article as it reads back, in id order, serialized so that lists compare by value.
    private static List<string> Articles(string index) =>
        StoredArticles(index).OrderBy(a => a.Id, StringComparer.Ordinal).Select(a => JsonSerializer.Serialize(a)).ToList();

    private static Dictionary<string, long> Arrivals(string index)
    {
        using var reader = DirectoryReader.Open(IndexStore.Open(index));
        var arrivals = new Dictionary<string, long>();
        foreach (var leaf in reader.Leaves)
        {
            var added = leaf.AtomicReader.GetNumericDocValues(IndexFields.Added);
            for (var d = 0; d < leaf.AtomicReader.MaxDoc; d++)
            {
                if (leaf.AtomicReader.LiveDocs?.Get(d) ?? true)
                {
                    arrivals[ArticleDocument.Read(leaf.AtomicReader, d, withText: false).Id] = added.Get(d);
                }
            }
        }
        return arrivals;
    }

    private static string Answer(ArticleSearcher searcher, string q)
    {
        var result = searcher.Search(new SearchRequest { Query = q, Facets = ["outlet", "country", "person", "year"], Limit = 50, Sort = SortOrder.Oldest });
        return JsonSerializer.Serialize(new
        {
            q,
            result.Total,
            Hits = result.Hits.Select(h => h.Article.Id),
            Facets = result.Facets.ToDictionary(f => f.Key, f => string.Join(",", f.Value)),
        });
    }
}
