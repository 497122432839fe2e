using Search.Core.Ingest;

namespace Search.Core.Tests.Ingest;

/// <summary>Every format is read, every bad file or line is reported by name and skipped, and the rest goes on.</summary>
public class CorpusReaderTests
{
    private static (List<SourceDocument> Docs, List<IngestProblem> Problems) ReadFolder(Action<string> write)
    {
        var dir = TestPaths.NewTempFolder();
        write(dir);
        var items = CorpusReader.Read([dir]).ToList();
        return (items.Where(i => i.Document is not null).Select(i => i.Document!).ToList(), items.Where(i => i.Problem is not null).Select(i => i.Problem!).ToList());
    }

    [Fact]
    public void SampleCorpus_ReadsFiveArticlesWithPathIds()
    {
        var docs = CorpusReader.Read([TestPaths.SampleArticles]).Select(i => i.Document).ToList();
        Assert.Equal(5, docs.Count);
        Assert.All(docs, d => Assert.EndsWith(".txt", d!.Source));
    }

    [Fact]
    public void JsonLines_ReadsGoodLinesAndNamesTheBadOnes()
    {
        var (docs, problems) = ReadFolder(dir => File.WriteAllText(Path.Combine(dir, "a.jsonl"),
            "{\"id\":\"1\",\"text\":\"First.\",\"published\":\"2020-01-02\",\"authors\":[\"Jane Doe\"],\"extra\":5}\n" +
            "{not json\n" +
            "{\"title\":\"no text\"}\n" +
            "{\"body\":\"Fourth.\",\"published\":\"yesterday\"}\n" +
            "{\"content\":\"Fifth.\",\"url\":\"https://example.org/5\"}\n"));
        Assert.Equal(["1", null], docs.Select(d => d.Id));
        Assert.Equal(new DateOnly(2020, 1, 2), docs[0].Published);
        Assert.Equal(["Jane Doe"], docs[0].Authors!);
        Assert.Equal("https://example.org/5", docs[1].Url);
        Assert.Equal([2, 3, 4], problems.Select(p => p.Line!.Value));
        Assert.All(problems, p => Assert.Equal("a.jsonl", p.File));
    }

    [Fact]
    public void Csv_ReadsQuotedMultilineFieldsAndRejectsAFileWithoutText()
    {
        var (docs, problems) = ReadFolder(dir =>
        {
            File.WriteAllText(Path.Combine(dir, "good.csv"), "id,title,text,authors\n1,\"A, title\",\"Line one.\nLine \"\"two\"\".\",Jane Doe; John Roe\n2,B,Plain.,\n");
            File.WriteAllText(Path.Combine(dir, "bad.csv"), "id,title\n1,x\n");
        });
        Assert.Equal(2, docs.Count);
        Assert.Equal("A, title", docs[0].Title);
        Assert.Equal("Line one.\nLine \"two\".", docs[0].Text);
        Assert.Equal(["Jane Doe", "John Roe"], docs[0].Authors!);
        Assert.Equal("good.csv#4", docs[1].Source);
        var problem = Assert.Single(problems);
        Assert.Equal("bad.csv", problem.File);
        Assert.Contains("no text column", problem.Message);
    }

    [Fact]
    public void BadFiles_AreReportedAndSkipped_TheRestIsRead()
    {
        var (docs, problems) = ReadFolder(dir =>
        {
            File.WriteAllText(Path.Combine(dir, "empty.txt"), "");
            File.WriteAllBytes(Path.Combine(dir, "binary.txt"), [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x01]);
            File.WriteAllBytes(Path.Combine(dir, "latin1.txt"), [.. "Caf"u8.ToArray(), 0xE9, .. " au lait, a long enough sentence to be an article body."u8.ToArray()]);
            File.WriteAllText(Path.Combine(dir, "good.txt"), "A good article with a sentence that is long enough to count.");
        });
        Assert.Equal(["good.txt", "latin1.txt"], docs.Select(d => d.Source).Order());
        Assert.Contains(problems, p => p.File == "empty.txt" && p.Skipped);
        Assert.Contains(problems, p => p.File == "binary.txt" && p.Message.Contains("binary"));
        Assert.Contains(problems, p => p.File == "latin1.txt" && !p.Skipped && p.Message.Contains("UTF-8"));
    }

    [Fact]
    public void AFileOverTheSizeLimit_IsSkippedWithItsSize()
    {
        var (docs, problems) = ReadFolder(dir =>
        {
            using (var big = File.Create(Path.Combine(dir, "huge.txt")))
            {
                big.SetLength(SourceFile.MaxBytes + 1);
            }
            File.WriteAllText(Path.Combine(dir, "small.txt"), "A good article with a sentence that is long enough to count.");
        });
        Assert.Equal(["small.txt"], docs.Select(d => d.Source));
        var problem = Assert.Single(problems);
        Assert.Equal("huge.txt", problem.File);
        Assert.Contains("over the 20 MB limit", problem.Message);
    }

    [Fact]
    public void Sidecar_OverridesDetectedFields()
    {
        var (docs, _) = ReadFolder(dir =>
        {
            File.WriteAllText(Path.Combine(dir, "story.txt"), "A good article with a sentence that is long enough to count.");
            File.WriteAllText(Path.Combine(dir, "story.meta.json"), "{\"outlet\":\"Reuters\",\"published\":\"2019-03-04\",\"url\":\"https://example.org/s\"}");
        });
        var doc = Assert.Single(docs);
        Assert.Equal("Reuters", doc.Outlet);
        Assert.Equal(new DateOnly(2019, 3, 4), doc.Published);
        Assert.Equal("https://example.org/s", doc.Url);
    }

    [Fact]
    public void Html_TakesTheArticleAndItsMetadata()
    {
        var (docs, _) = ReadFolder(dir => File.WriteAllText(Path.Combine(dir, "p.html"), """
            <html><head><title>Page | Site</title><meta property="og:site_name" content="The Guardian">
            <link rel="canonical" href="https://example.org/a">
            <script type="application/ld+json">{"@type":"NewsArticle","headline":"The headline","datePublished":"2021-02-03T10:00:00Z","author":{"name":"Jane Doe"}}</script>
            </head><body><nav><p>Home News Sport</p></nav><article><h1>The headline</h1><p>First paragraph of the story.</p><p>Second paragraph.</p></article>
            <footer><p>Copyright</p></footer></body></html>
            """));
        var doc = Assert.Single(docs);
        Assert.Equal("The headline", doc.Title);
        Assert.Equal("The Guardian", doc.Site);
        Assert.Equal(new DateOnly(2021, 2, 3), doc.Published);
        Assert.Equal(["Jane Doe"], doc.Authors!);
        Assert.Equal("https://example.org/a", doc.Url);
        Assert.Contains("First paragraph of the story.", doc.Text);
        Assert.DoesNotContain("Home News Sport", doc.Text);
    }
}
