using System.Text.Json;
using Lucene.Net.Index;
using Search.Core.Enrichment;
using Search.Core.Indexing;
using Search.Core.Searching;
using Search.Core.State;
using Search.Core.Schema;

namespace Search.Indexer.Tests;

/// <summary>reindex, backup and verify as an operator runs them, killed or not.</summary>
public class ArchiveCommandTests
{
    private static (int Articles, long Generation, string Layout) Commit(string index)
    {
        using var directory = IndexStore.Open(index);
        using var reader = DirectoryReader.Open(directory);
        return (reader.NumDocs, reader.IndexCommit.Generation, reader.IndexCommit.UserData[IndexFields.SchemaKey]);
    }

    [Fact]
    public void Reindex_WithTheSourcesMovedAway_GivesTheSameArticles()
    {
        var corpus = IndexerProcess.NewFolder();
        foreach (var file in Directory.GetFiles(IndexerProcess.SampleArticles))
        {
            File.Copy(file, Path.Combine(corpus, Path.GetFileName(file)));
        }
        var index = IndexerProcess.NewFolder();
        Assert.Equal(0, IndexerProcess.Run("index", corpus, "--index", index).ExitCode);
        List<string> before;
        using (var searcher = new ArticleSearcher(index, EnrichmentData.Default))
        {
            before = searcher.Export(new SearchRequest { Query = "*:*" }, includeText: true).Select(a => JsonSerializer.Serialize(a with { Added = null })).Order().ToList();
        }
        Directory.Delete(corpus, recursive: true);

        var (exit, output, error) = IndexerProcess.Run("reindex", "--index", index);
        Assert.True(exit == 0, error);
        Assert.Contains("rebuilt 5 of 5 articles", output);
        using var rebuilt = new ArticleSearcher(index, EnrichmentData.Default);
        Assert.Equal(before, rebuilt.Export(new SearchRequest { Query = "*:*" }, includeText: true).Select(a => JsonSerializer.Serialize(a with { Added = null })).Order());
    }

    [Fact]
    public void AReindexKilledMidRun_LeavesTheServedIndexUntouched_AndARerunFinishes()
    {
        const int count = 30_000;
        var index = IndexerProcess.NewFolder();
        Assert.Equal(0, IndexerProcess.Run("index", IndexerProcess.CanalReports(count), "--index", index).ExitCode);
        var served = Commit(index);
        var work = Reindexer.WorkPath(index);
        using (var run = IndexerProcess.Start("reindex", "--index", index))
        {
            var deadline = DateTime.UtcNow.AddMinutes(2);
            while (!(Directory.Exists(work) && Directory.GetFiles(work, "*.fdt").Length > 0) && DateTime.UtcNow < deadline && !run.HasExited)
            {
                Thread.Sleep(20);
            }
            Assert.False(run.HasExited, "the reindex finished before it could be killed; make the index larger");
            run.Kill(entireProcessTree: true);
            run.WaitForExit();
        }
        Assert.Equal(served, Commit(index));
        using (var searcher = new ArticleSearcher(index, EnrichmentData.Default))
        {
            Assert.Equal(count, searcher.Search(new SearchRequest { Query = "canal" }).Total);
        }

        var (exit, output, error) = IndexerProcess.Run("reindex", "--index", index);
        Assert.True(exit == 0, error);
        Assert.Contains($"rebuilt {count:N0} of {count:N0}", output);
        Assert.False(Directory.Exists(work));
        Assert.Equal(count, Commit(index).Articles);
    }

    [Fact]
    public void ABackupKilledMidCopy_LeavesTheEarlierBackupWhole_AndARerunFinishes_WithTheStateAndVerify()
    {
        var index = IndexerProcess.NewFolder();
        var corpus = IndexerProcess.CanalReports(20_000);
        Assert.Equal(0, IndexerProcess.Run("index", corpus, "--index", index).ExitCode);
        var state = Path.Combine(IndexerProcess.NewFolder(), "state.db");
        new ApiKeys(StateStore.Open(state)).Create("desk");
        var target = Path.Combine(IndexerProcess.NewFolder(), "backup");
        var first = IndexerProcess.Run("backup", "--index", index, "--to", target, "--state", state);
        Assert.True(first.ExitCode == 0, first.Err);
        var backedUp = Commit(target);

        // New segments to copy, slowly: the run is killed while it copies them.
        Assert.Equal(0, IndexerProcess.Run("index", corpus, "--index", index, "--rebuild").ExitCode);
        var served = Commit(index);
        using (var run = IndexerProcess.Start("backup", "--index", index, "--to", target, "--max-mb-per-second", "2"))
        {
            var deadline = DateTime.UtcNow.AddMinutes(1);
            while (Directory.GetFiles(target, "*.partial").Length == 0 && DateTime.UtcNow < deadline && !run.HasExited)
            {
                Thread.Sleep(10);
            }
            Assert.False(run.HasExited, "the backup finished before it could be killed");
            Thread.Sleep(300);
            run.Kill(entireProcessTree: true);
            run.WaitForExit();
        }
        Assert.Equal(served, Commit(index));
        Assert.Equal(backedUp, Commit(target));
        Assert.Equal(0, IndexerProcess.Run("verify", "--index", target).ExitCode);

        var rerun = IndexerProcess.Run("backup", "--index", index, "--to", target, "--state", state);
        Assert.True(rerun.ExitCode == 0, rerun.Err);
        Assert.Equal(served.Articles, Commit(target).Articles);
        var (verified, said, _) = IndexerProcess.Run("verify", "--index", target, "--state", Path.Combine(target, "state.db"));
        Assert.Equal(0, verified);
        Assert.Contains("clean", said);
        Assert.Equal("desk", Assert.Single(new ApiKeys(StateStore.Open(Path.Combine(target, "state.db"))).List()).Name);
    }

    [Fact]
    public void Verify_FindsADamagedSegment()
    {
        var index = IndexerProcess.NewFolder();
        Assert.Equal(0, IndexerProcess.Run("index", IndexerProcess.CanalReports(500), "--index", index).ExitCode);
        var postings = Directory.GetFiles(index, "*.doc").OrderByDescending(f => new FileInfo(f).Length).First();
        var bytes = File.ReadAllBytes(postings);
        for (var i = 40; i < bytes.Length - 40; i += 7)
        {
            bytes[i] ^= 0x5A;
        }
        File.WriteAllBytes(postings, bytes);
        var (exit, output, _) = IndexerProcess.Run("verify", "--index", index);
        Assert.Equal(5, exit);
        Assert.Contains("DAMAGED", output);
    }
}
