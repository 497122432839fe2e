using Lucene.Net.Index;
using Search.Core.Copies;
using Search.Core.Enrichment;
using Search.Core.Indexing;
using Xunit.Abstractions;

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
