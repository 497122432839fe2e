using System.Text.Json;
using Search.Core.Enrichment;
using Search.Core.Searching;
using Search.Core.Querying;

namespace Search.Indexer.Tests;

public class KilledIndexerTests
{
    [Fact]
    public void AnIndexerKilledMidRun_LeavesTheLastCommitSearchable_AndTheNextRunEqualsACleanBuild()
    {
        const int count = 40_000;
        var corpus = IndexerProcess.CanalReports(count);
        var index = IndexerProcess.NewFolder();
        using (var run = IndexerProcess.Start("index", corpus, "--index", index, "--commit-seconds", "0.2"))
        {
            // Kill it (SIGKILL: no clean-up) once something is committed and before it is done.
            var deadline = DateTime.UtcNow.AddMinutes(2);
            while (CommittedArticles(index) == 0 && DateTime.UtcNow < deadline && !run.HasExited)
            {
                Thread.Sleep(20);
            }
            Assert.False(run.HasExited, "the run finished before it could be killed; make the corpus larger");
            run.Kill(entireProcessTree: true);
            run.WaitForExit();
        }

        int partial;
        using (var searcher = new ArticleSearcher(index, EnrichmentData.Default))
        {
            partial = searcher.Search(new SearchRequest { Query = "canal", Facets = ["outlet"] }).Total;
        }
        Assert.InRange(partial, 1, count - 1);

        var rerun = IndexerProcess.Run("index", corpus, "--index", index);
        Assert.Equal(0, rerun.ExitCode);
        var clean = IndexerProcess.NewFolder();
        Assert.Equal(0, IndexerProcess.Run("index", corpus, "--index", clean).ExitCode);

        using var resumed = new ArticleSearcher(index, EnrichmentData.Default);
        using var fresh = new ArticleSearcher(clean, EnrichmentData.Default);
        Assert.Equal(fresh.Stats().Articles, resumed.Stats().Articles);
        var request = new SearchRequest { Query = "canal", Facets = ["outlet", "country", "year"], Sort = SortOrder.Oldest, Limit = 100, Highlight = false };
        var a = resumed.Search(request);
        var b = fresh.Search(request);
        Assert.Equal(count, a.Total);
        // When each build received an article differs by nature; everything else must be equal.
        Assert.Equal(b.Hits.Select(h => JsonSerializer.Serialize(h.Article with { Added = null })), a.Hits.Select(h => JsonSerializer.Serialize(h.Article with { Added = null })));
        Assert.Equal(b.Facets.ToDictionary(f => f.Key, f => string.Join(",", f.Value)), a.Facets.ToDictionary(f => f.Key, f => string.Join(",", f.Value)));
    }

    private static int CommittedArticles(string index)
    {
        try
        {
            using var directory = Search.Core.Indexing.IndexStore.Open(index);
            if (!Lucene.Net.Index.DirectoryReader.IndexExists(directory))
            {
                return 0;
            }
            using var reader = Lucene.Net.Index.DirectoryReader.Open(directory);
            return reader.NumDocs;
        }
        catch (IOException)
        {
            return 0;
        }
    }
}
