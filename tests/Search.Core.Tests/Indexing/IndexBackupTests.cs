using System.Text.Json;
using Lucene.Net.Index;
using Search.Core.Enrichment;
using Search.Core.Indexing;
using Search.Core.Searching;
using Search.Tests.Shared;

namespace Search.Core.Tests.Indexing;

public class IndexBackupTests
{
    private static readonly ArticleIndexer Indexer = new(new ArticleEnricher(EnrichmentData.Default));

    private static string Corpus(int from, int count)
    {
        var folder = TestPaths.NewTempFolder();
        File.WriteAllLines(Path.Combine(folder, $"batch{from}.jsonl"), Enumerable.Range(from, count).Select(i => JsonSerializer.Serialize(new
        {
            id = $"b{i:D5}",
            text = $"Report {i} on the harbour: ships from Oman waited while officials said the talks on tariffs would go on.",
            outlet = i % 2 == 0 ? "Reuters" : "Axios",
            published = new DateOnly(2001, 1, 1).AddDays(i % 5000).ToString("yyyy-MM-dd"),
        })));
        return folder;
    }

    [Fact]
    public void ABackup_IsAnIndexThatServesTheSameArticles_AndASecondOneCopiesOnlyWhatIsNew()
    {
        var index = TestPaths.NewTempFolder();
        Indexer.Run([TestCorpus.Write(TestPaths.NewTempFolder())], index, new IndexRunOptions());
        var target = Path.Combine(TestPaths.NewTempFolder(), "backup");

        var first = IndexBackup.Run(index, target);
        Assert.Equal(TestCorpus.Total, first.Articles);
        Assert.Equal(0, first.FilesKept);
        using (var served = new ArticleSearcher(index, EnrichmentData.Default))
        using (var restored = new ArticleSearcher(target, EnrichmentData.Default))
        {
            var request = new SearchRequest { Query = "harbour OR Iran", Facets = ["outlet", "country", "year"], Limit = 20 };
            Assert.Equal(JsonSerializer.Serialize(served.Search(request) with { ElapsedMs = 0 }), JsonSerializer.Serialize(restored.Search(request) with { ElapsedMs = 0 }));
        }

        var unchanged = IndexBackup.Run(index, target);
        Assert.Equal((0, 0L, first.FilesCopied), (unchanged.FilesCopied, unchanged.BytesCopied, unchanged.FilesKept));

        Indexer.Run([Corpus(0, 50)], index, new IndexRunOptions());
        var next = IndexBackup.Run(index, target);
        Assert.Equal(TestCorpus.Total + 50, next.Articles);
        Assert.True(next.FilesKept > 0, "the segments of the first backup are kept");
        Assert.True(next.BytesCopied < first.BytesCopied + 1, $"copied {next.BytesCopied} bytes again, the first backup {first.BytesCopied}");
        Assert.True(IndexVerifier.Check(target).Clean);
        // Files of the earlier backup that the new commit no longer needs are gone; no temporary file is left.
        using var reader = DirectoryReader.Open(IndexStore.Open(target));
        var needed = reader.IndexCommit.FileNames.ToHashSet();
        Assert.All(Directory.GetFiles(target).Select(Path.GetFileName), f => Assert.True(needed.Contains(f!) || f == WriterGuard.FileName, $"{f} is left over"));
    }

    [Fact]
    public async Task BackupsTakenWhileAnIndexerAddsThousandsOfArticles_EachOpenAsOneWholeCommit()
    {
        var index = TestPaths.NewTempFolder();
        Indexer.Run([Corpus(0, 100)], index, new IndexRunOptions());
        var target = Path.Combine(TestPaths.NewTempFolder(), "backup");
        const int added = 6000;
        var writing = Task.Run(() => Indexer.Run([Corpus(100, added)], index, new IndexRunOptions { CommitInterval = TimeSpan.FromMilliseconds(50) }));
        var counts = new List<int>();
        while (!writing.IsCompleted || counts.Count < 3)
        {
            var fresh = Path.Combine(TestPaths.NewTempFolder(), "fresh");
            foreach (var folder in new[] { target, fresh })
            {
                var summary = IndexBackup.Run(index, folder);
                var check = IndexVerifier.Check(folder);
                Assert.True(check.Clean, string.Join("; ", check.Problems));
                Assert.Equal(summary.Articles, check.Articles);
                using var reader = DirectoryReader.Open(IndexStore.Open(folder));
                Assert.Equal(summary.Generation, reader.IndexCommit.Generation);
                counts.Add(summary.Articles);
            }
        }
        await writing;
        Assert.Contains(counts, c => c > 100 && c < 100 + added);
        Assert.Equal(100 + added, IndexBackup.Run(index, target).Articles);
        Assert.Empty(CommitPins.Held(index));
    }

    [Fact]
    public void APinnedCommit_OutlivesTheWritersNextCommits_AndAPinLeftByAKilledBackupIsRemoved()
    {
        var index = TestPaths.NewTempFolder();
        Indexer.Run([Corpus(0, 10)], index, new IndexRunOptions());
        long pinned;
        using (var directory = IndexStore.Open(index))
        {
            pinned = DirectoryReader.ListCommits(directory)[^1].Generation;
        }
        using (CommitPins.Pin(index, pinned))
        {
            Indexer.Run([Corpus(10, 10)], index, new IndexRunOptions());
            Indexer.Run([Corpus(20, 10)], index, new IndexRunOptions());
            using var directory = IndexStore.Open(index);
            var commits = DirectoryReader.ListCommits(directory);
            var kept = Assert.Single(commits, c => c.Generation == pinned);
            using var reader = DirectoryReader.Open(kept);
            Assert.Equal(10, reader.NumDocs);
            Assert.Equal([pinned], CommitPins.Held(index));
        }
        // A pin nobody holds (its backup was killed) does not keep anything.
        File.WriteAllText(Path.Combine(index, CommitPins.Folder, $"{pinned}.stale.pin"), "");
        Assert.Empty(CommitPins.Held(index));
        Assert.Empty(Directory.GetFiles(Path.Combine(index, CommitPins.Folder)));
        Indexer.Run([Corpus(30, 10)], index, new IndexRunOptions());
        using (var directory = IndexStore.Open(index))
        {
            Assert.Single(DirectoryReader.ListCommits(directory));
        }
    }

    [Fact]
    public void ADiskFullDuringABackup_LeavesTheEarlierBackupWhole_AndNamesTheDisk()
    {
        var index = TestPaths.NewTempFolder();
        Indexer.Run([Corpus(0, 200)], index, new IndexRunOptions());
        var target = Path.Combine(TestPaths.NewTempFolder(), "backup");
        var first = IndexBackup.Run(index, target);
        Indexer.Run([Corpus(200, 2000)], index, new IndexRunOptions());

        var full = Assert.Throws<DiskFullException>(() => IndexBackup.Run(index, target, 0, FullDiskDirectory.Opening(10_000)));
        Assert.Contains("free of", full.Message);
        Assert.Contains(Path.GetFullPath(target), full.Message);
        var check = IndexVerifier.Check(target);
        Assert.True(check.Clean);
        Assert.Equal(first.Articles, check.Articles);
        Assert.Empty(Directory.GetFiles(target, "*.partial"));
        Assert.Equal(2200, IndexBackup.Run(index, target).Articles);
    }

    [Fact]
    public void ABackupInsideTheIndexFolder_IsRefused()
    {
        var index = TestPaths.NewTempFolder();
        Indexer.Run([Corpus(0, 5)], index, new IndexRunOptions());
        Assert.Throws<ArgumentException>(() => IndexBackup.Run(index, Path.Combine(index, "backup")));
        Assert.Throws<ArgumentException>(() => IndexBackup.Run(index, index));
    }

    [Fact]
    public void ADiskFullWhileIndexing_KeepsTheLastCommitWhole_AndNamesTheDisk()
    {
        var index = TestPaths.NewTempFolder();
        Indexer.Run([Corpus(0, 100)], index, new IndexRunOptions());
        var full = Assert.Throws<DiskFullException>(() =>
            Indexer.Run([Corpus(100, 3000)], index, new IndexRunOptions { OpenDirectory = FullDiskDirectory.Opening(200_000) }));
        Assert.Contains("free of", full.Message);
        Assert.Contains(Path.GetFullPath(index), full.Message);
        var check = IndexVerifier.Check(index);
        Assert.True(check.Clean, string.Join("; ", check.Problems));
        Assert.Equal(100, check.Articles);
        Assert.Equal(3000, Indexer.Run([Corpus(100, 3000)], index, new IndexRunOptions()).Added);
    }
}
