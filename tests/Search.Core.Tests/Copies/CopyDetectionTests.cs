using Lucene.Net.Index;
using Search.Core.Copies;
using Search.Core.Enrichment;
using Search.Core.Indexing;
using Xunit.Abstractions;
using Search.Core.Text;

namespace Search.Core.Tests.Copies;

public class CopyDetectionTests(ITestOutputHelper output)
{
    [Fact]
    public void RepostsCluster_SameEventArticlesDoNot_PrecisionAndRecallOfPairs()
    {
        var items = RepostCorpus.Build();
        var corpus = TestPaths.NewTempFolder();
        var index = TestPaths.NewTempFolder();
        File.WriteAllText(Path.Combine(corpus, "reposts.jsonl"), RepostCorpus.Jsonl(items));
        new ArticleIndexer(new ArticleEnricher(EnrichmentData.Default)).Run([corpus], index, new IndexRunOptions());

        using var reader = DirectoryReader.Open(IndexStore.Open(index));
        var clusters = CopyClusters.For(reader);
        var predicted = new Dictionary<string, int>();
        for (var c = 0; c < clusters.Count; c++)
        {
            foreach (var member in clusters.Cluster(c).Members)
            {
                predicted[member.Id] = c;
            }
        }
        var group = items.ToDictionary(i => i.Id, i => i.Group);
        var ids = items.Select(i => i.Id).ToList();
        int truePairs = 0, predictedPairs = 0, both = 0;
        for (var i = 0; i < ids.Count; i++)
        {
            for (var j = i + 1; j < ids.Count; j++)
            {
                var same = group[ids[i]] == group[ids[j]];
                var clustered = predicted.TryGetValue(ids[i], out var a) && predicted.TryGetValue(ids[j], out var b) && a == b;
                if (clustered && !same)
                {
                    output.WriteLine($"wrongly together: {ids[i]} and {ids[j]}");
                }
                truePairs += same ? 1 : 0;
                predictedPairs += clustered ? 1 : 0;
                both += same && clustered ? 1 : 0;
            }
        }
        var precision = both / (double)predictedPairs;
        var recall = both / (double)truePairs;
        output.WriteLine($"{items.Count} articles, {truePairs} copy pairs, {predictedPairs} predicted: precision {precision:F3}, recall {recall:F3}");
        Assert.True(truePairs > 100);
        Assert.True(precision >= 0.95, $"precision {precision:F3}");
        Assert.True(recall >= 0.95, $"recall {recall:F3}");
    }

    [Fact]
    public void TheOriginal_IsTheNamedSourceElseTheEarliest()
    {
        var day = new DateOnly(2024, 3, 1);
        var named = CopyCluster.Of([
            new CopyMember(1, "copy", "Axios", "Aggregator", day, Credits: "Axios"),
            new CopyMember(2, "first-but-credits", "RT", "Mirror Site", day.AddDays(-3), Credits: "RT"),
            new CopyMember(3, "axios", "Axios", "Axios", day.AddDays(1), Credits: null),
        ]);
        Assert.Equal(("axios", OriginalRule.NamedSource), (named.Original.Id, named.Rule));

        var earliest = CopyCluster.Of([
            new CopyMember(1, "b", "Times", "Times", day, null),
            new CopyMember(2, "a", "Post", "Post", day, null),
            new CopyMember(3, "undated", "Star", "Star", null, null),
            new CopyMember(4, "later", "Sun", "Sun", day.AddDays(2), null),
        ]);
        Assert.Equal(("a", OriginalRule.Earliest), (earliest.Original.Id, earliest.Rule));
        Assert.Equal(["a", "b", "later", "undated"], earliest.Members.Select(m => m.Id));
    }

    [Fact]
    public void Fingerprints_IgnoreCaseAndSpacing_AndRoundTrip()
    {
        var text = string.Join(' ', Enumerable.Range(0, 60).Select(i => $"word{i}"));
        var a = BodyFingerprint.Of(text);
        var b = BodyFingerprint.Of(text.ToUpperInvariant().Replace(" ", "  \n"));
        Assert.Equal(1.0, a.Jaccard(b));
        Assert.Equal(57, a.Shingles);
        var back = BodyFingerprint.FromBytes(a.ToBytes())!;
        Assert.Equal(1.0, a.Jaccard(back));
        Assert.Null(BodyFingerprint.FromBytes([1, 2, 3]));
        var other = BodyFingerprint.Of(string.Join(' ', Enumerable.Range(0, 60).Select(i => $"other{i}")));
        Assert.True(a.Jaccard(other) < 0.1);
        Assert.False(CopyClusters.IsCopy(a, other));
        Assert.True(CopyClusters.IsCopy(a, b));
    }

    [Fact]
    public void ParagraphDiff_ShowsAddedAndRemovedParagraphs_Escaped()
    {
        var changes = ParagraphDiff.Between("One.\n\nTwo <b>.\n\nThree.", "New intro & more.\n\nOne.\n\ntwo   <b>.");
        Assert.Equal(
            [(ParagraphChangeKind.Added, "New intro & more."), (ParagraphChangeKind.Same, "One."), (ParagraphChangeKind.Same, "two   <b>."), (ParagraphChangeKind.Removed, "Three.")],
            changes.Select(c => (c.Kind, c.Text)));
        Assert.Equal("<p><ins>New intro &amp; more.</ins></p><p>One.</p><p>two   &lt;b&gt;.</p><p><del>Three.</del></p>", ParagraphDiff.Html(changes));
    }
}

/// <summary>Clusters follow the index: additions, replacements, deletions and merges, and come out the same each time.</summary>
public class CopyClustersFollowTheIndexTests
{
    private static readonly ArticleIndexer Indexer = new(new ArticleEnricher(EnrichmentData.Default));

    private static readonly string[] Vocabulary = ["harbour", "board", "plan", "talks", "unions", "approved", "delayed", "budget", "council",
        "mayor", "ferry", "bridge", "strike", "workers", "cargo", "tariff", "minister", "report", "funding", "shipyard", "port", "crane",
        "vote", "protest", "contract", "pilot", "storm", "dock", "freight", "customs", "inspection", "license"];

    // Eight paragraphs of words drawn by the seed: two seeds share words, never a text.
    private static string Story(int seed)
    {
        var random = new Random(seed);
        return string.Join("\n\n", Enumerable.Range(0, 8).Select(_ =>
            string.Join(' ', Enumerable.Range(0, 15).Select(_ => Vocabulary[random.Next(Vocabulary.Length)])) + "."));
    }

    private static List<(string Id, int Cluster)> Clusters(string index)
    {
        using var reader = DirectoryReader.Open(IndexStore.Open(index));
        var clusters = CopyClusters.For(reader);
        return Enumerable.Range(0, clusters.Count).SelectMany(c => clusters.Cluster(c).Members.Select(m => (m.Id, c))).OrderBy(x => x.Id).ToList();
    }

    [Fact]
    public void Upserts_Prunes_AndMerges_KeepClustersRight()
    {
        var corpus = TestPaths.NewTempFolder();
        var index = TestPaths.NewTempFolder();
        void Write(string file, params (string Id, string Text)[] articles) =>
            File.WriteAllLines(Path.Combine(corpus, file), articles.Select(a => System.Text.Json.JsonSerializer.Serialize(new { id = a.Id, text = a.Text })));
        Write("a.jsonl", ("one", Story(1)), ("two", Story(2)));
        Indexer.Run([corpus], index, new IndexRunOptions());
        Assert.Empty(Clusters(index));

        // A copy arrives in a later run (another segment): it joins the original's story.
        Write("b.jsonl", ("one-copy", "Republished with permission.\n\n" + Story(1)));
        Indexer.Run([corpus], index, new IndexRunOptions());
        Assert.Equal(["one", "one-copy"], Clusters(index).Select(c => c.Id));

        // The copy is replaced by a different story: the cluster is gone.
        Write("b.jsonl", ("one-copy", Story(3)));
        Indexer.Run([corpus], index, new IndexRunOptions());
        Assert.Empty(Clusters(index));

        // A copy of the second story, then the original pruned: no cluster of one.
        Write("b.jsonl", ("two-copy", Story(2) + "\n\nADVERTISEMENT"));
        Indexer.Run([corpus], index, new IndexRunOptions { Prune = true });
        var before = Clusters(index);
        Assert.Equal(["two", "two-copy"], before.Select(c => c.Id));
        IndexOptimizer.Merge(index, 1);
        Assert.Equal(before, Clusters(index));
        Write("a.jsonl", ("one", Story(1)));
        Indexer.Run([corpus], index, new IndexRunOptions { Prune = true });
        Assert.Empty(Clusters(index));
    }
}
