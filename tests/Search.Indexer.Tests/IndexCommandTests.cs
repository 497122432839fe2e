using Search.Tests.Shared;
using System.Text.Json;
using Lucene.Net.Index;
using Search.Core.Enrichment;
using Search.Core.Indexing;
using Search.Core.Searching;

namespace Search.Indexer.Tests;

public class IndexCommandTests
{
    [Fact]
    public void AGoodRun_ExitsZeroWithAOneLineSummary()
    {
        var index = IndexerProcess.NewFolder();
        var (code, stdout, _) = IndexerProcess.Run("index", IndexerProcess.SampleArticles, "--index", index);
        Assert.Equal(0, code);
        Assert.Matches(@"read 5, added 5, updated 0, unchanged 0, deleted 0, skipped 0 in [\d.]+ s", stdout);
        var again = IndexerProcess.Run("index", IndexerProcess.SampleArticles, "--index", index);
        Assert.Contains("unchanged 5", again.Out);
    }

    [Fact]
    public void BadLinesAndFiles_AreNamedOnStandardError_TheRestIsIndexed_ExitOne()
    {
        var corpus = IndexerProcess.NewFolder();
        var index = IndexerProcess.NewFolder();
        File.WriteAllText(Path.Combine(corpus, "a.jsonl"), "{\"id\":\"1\",\"text\":\"Good.\"}\n{broken\n{\"id\":\"3\",\"text\":\"Also good.\"}\n");
        File.WriteAllText(Path.Combine(corpus, "empty.txt"), "");
        File.WriteAllText(Path.Combine(corpus, "nodata.csv"), "id,title\n1,x\n");
        var (code, stdout, stderr) = IndexerProcess.Run("index", corpus, "--index", index);
        Assert.Equal(1, code);
        Assert.Contains("a.jsonl:2: malformed JSON", stderr);
        Assert.Contains("empty.txt: file is empty", stderr);
        Assert.Contains("nodata.csv:1: no text column", stderr);
        Assert.Contains("added 2", stdout);
        Assert.Contains("skipped 3", stdout);
    }

    [Fact]
    public void ASecondIndexer_ExitsThreeWithALockedMessage_AndNothingIsCorrupted()
    {
        const int count = 20_000;
        var corpus = IndexerProcess.NewFolder();
        File.WriteAllLines(Path.Combine(corpus, "many.jsonl"), Enumerable.Range(0, count).Select(i => JsonSerializer.Serialize(new { id = $"m{i}", text = $"Lock report {i} from the port of Oman." })));
        var index = IndexerProcess.NewFolder();
        using var first = IndexerProcess.Start("index", corpus, "--index", index);
        var deadline = DateTime.UtcNow.AddMinutes(1);
        while (!File.Exists(Path.Combine(index, WriterGuard.FileName)) && DateTime.UtcNow < deadline)
        {
            Thread.Sleep(10);
        }
        var (code, _, stderr) = IndexerProcess.Run("index", IndexerProcess.SampleArticles, "--index", index);
        Assert.False(first.HasExited, "the first indexer finished before the second started; make the corpus larger");
        Assert.Equal(3, code);
        Assert.Contains("index is locked by another indexer", stderr);
        first.WaitForExit();
        Assert.Equal(0, first.ExitCode);
        using var searcher = new ArticleSearcher(index, EnrichmentData.Default);
        Assert.Equal(count, searcher.Stats().Articles);
        Assert.Equal(count, searcher.Search(new SearchRequest { Query = "lock report" }).Total);
    }

    [Fact]
    public void UnusableDataOrIndex_ExitTwoWithTheReason()
    {
        var (code, _, stderr) = IndexerProcess.Run("index", IndexerProcess.SampleArticles, "--index", IndexerProcess.NewFolder(), "--data", "/no/such/folder");
        Assert.Equal(2, code);
        Assert.Contains("enrichment data cannot be loaded", stderr);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void ADamagedOrMissingNameModel_StopsTheIndexerBeforeItStarts(bool damaged)
    {
        // A copy of the shipped data folder whose model is cut in half, or gone.
        var data = IndexerProcess.NewFolder();
        foreach (var file in Directory.GetFiles(Search.Core.Enrichment.EnrichmentData.DefaultDirectory))
        {
            File.Copy(file, Path.Combine(data, Path.GetFileName(file)));
        }
        var model = Path.Combine(data, "names-model.bin.gz");
        if (damaged)
        {
            File.WriteAllBytes(model, File.ReadAllBytes(model)[..1000]);
        }
        else
        {
            File.Delete(model);
        }
        var index = IndexerProcess.NewFolder();
        var (code, stdout, stderr) = IndexerProcess.Run("index", IndexerProcess.SampleArticles, "--index", index, "--data", data);
        Assert.Equal(2, code);
        Assert.Contains("enrichment data cannot be loaded", stderr);
        Assert.Contains("names-model.bin.gz", stderr);
        Assert.False(Directory.EnumerateFiles(index).Any(), stdout);
    }

    [Fact]
    public void CorpusFaults_ASymlinkLoopAndAFileGoneBeforeReading_AreReportedAndSkipped()
    {
        var corpus = IndexerProcess.NewFolder();
        File.WriteAllText(Path.Combine(corpus, "good.txt"), "A good article with a sentence that is long enough to count.");
        Directory.CreateSymbolicLink(Path.Combine(corpus, "loop"), corpus);
        File.CreateSymbolicLink(Path.Combine(corpus, "gone.txt"), Path.Combine(corpus, "deleted-before-reading.txt"));
        var (code, stdout, stderr) = IndexerProcess.Run("index", corpus, "--index", IndexerProcess.NewFolder());
        Assert.Equal(1, code);
        Assert.Contains("symbolic link loop", stderr);
        Assert.Contains("gone.txt: cannot be read", stderr);
        Assert.Contains("added 1", stdout);
    }

    [Fact]
    public void Extract_PrintsOneJsonObjectPerArticle_AndLeavesNoIndex()
    {
        var (code, stdout, _) = IndexerProcess.Run("extract", Path.Combine(IndexerProcess.SampleArticles, "004_cf16c801bd8bde5b.txt"));
        Assert.Equal(0, code);
        var article = TestJson.Parse(stdout.Trim());
        Assert.Equal("Global Research", article.GetProperty("outlet").GetString());
        Assert.Equal("2021-07-05", article.GetProperty("published").GetString());
        Assert.Equal("Brian Berletic", article.GetProperty("authors")[0].GetString());
        Assert.Contains(article.GetProperty("countries").EnumerateArray(), c => c.GetProperty("code").GetString() == "IQ" && c.GetProperty("mentions").GetInt32() > 10);
        Assert.False(string.IsNullOrWhiteSpace(article.GetProperty("text").GetString()));
    }

    [Fact]
    public void HelpIsThereForEveryCommand()
    {
        foreach (var command in new[] { "index", "extract" })
        {
            var (code, stdout, _) = IndexerProcess.Run(command, "--help");
            Assert.Equal(0, code);
            Assert.Contains("Usage:", stdout);
        }
    }
}
