using System.IO.Compression;
using System.Text;
using Search.Core.Enrichment;
using Search.Core.Indexing;
using Search.Core.Ingest;

namespace Search.Core.Tests.Ingest;

/// <summary>Files as a crawl keeps them: gzip-compressed in every format, damaged archives reported, other files counted.</summary>
public class CompressedFilesTests
{
    private const string Html = """
        <html><head><title>Page | Site</title><meta property="og:site_name" content="The Guardian">
        <link rel="canonical" href="https://example.org/a">
        </head><body><article><h1>The headline</h1><p>First paragraph of the story, long enough to be a body.</p><p>Second paragraph.</p></article></body></html>
        """;

    private static readonly Dictionary<string, string> Files = new()
    {
        ["page.txt"] = "A scraped page whose sentence is long enough to count as an article body.",
        ["story.html"] = Html,
        ["lines.jsonl"] = "{\"id\": \"j1\", \"text\": \"A line of JSON with a sentence long enough.\", \"outlet\": \"Reuters\"}\n{\"id\": \"j2\", \"text\": \"Another line of JSON.\"}\n",
        ["rows.csv"] = "id,title,text\nc1,A title,\"A row with a text, quoted.\"\n",
    };

    private static void Gzip(string path, byte[] content)
    {
        using var file = File.Create(path);
        using var gzip = new GZipStream(file, CompressionLevel.Optimal);
        gzip.Write(content);
    }

    private static List<IngestItem> Read(string dir) => CorpusReader.Read([dir]).ToList();

    [Fact]
    public void EveryFormatGzipped_ReadsAsTheSameFileUncompressed()
    {
        var plain = TestPaths.NewTempFolder();
        var zipped = TestPaths.NewTempFolder();
        foreach (var (name, content) in Files)
        {
            File.WriteAllText(Path.Combine(plain, name), content);
            Gzip(Path.Combine(zipped, name + ".gz"), Encoding.UTF8.GetBytes(content));
        }
        var expected = Read(plain).Select(i => i.Document!).ToList();
        var actual = Read(zipped).Select(i => i.Document!).ToList();
        Assert.Equal(5, expected.Count);
        Assert.Equal(expected.Select(d => d with { Source = d.Source.Replace(".txt", ".txt.gz").Replace(".html", ".html.gz").Replace(".jsonl", ".jsonl.gz").Replace(".csv", ".csv.gz"), Authors = null, Id = null }),
            actual.Select(d => d with { Authors = null, Id = null }));
    }

    [Fact]
    public void ADamagedArchive_IsReportedByName_AndWhatCameBeforeTheDamageIsKept()
    {
        var dir = TestPaths.NewTempFolder();
        File.WriteAllBytes(Path.Combine(dir, "garbage.html.gz"), Encoding.ASCII.GetBytes("this is not gzip at all"));
        var lines = string.Join('\n', Enumerable.Range(0, 2000).Select(i => $"{{\"id\": \"t{i}\", \"text\": \"Line {i} of a file cut short, with enough words.\"}}"));
        Gzip(Path.Combine(dir, "whole.jsonl.gz"), Encoding.UTF8.GetBytes(lines));
        var whole = File.ReadAllBytes(Path.Combine(dir, "whole.jsonl.gz"));
        File.WriteAllBytes(Path.Combine(dir, "truncated.jsonl.gz"), whole[..(whole.Length / 2)]);
        File.Delete(Path.Combine(dir, "whole.jsonl.gz"));
        File.WriteAllText(Path.Combine(dir, "fine.txt"), "A fine article with a sentence that is long enough to count.");

        var items = Read(dir);
        Assert.Contains(items, i => i.Document?.Source == "fine.txt");
        Assert.Contains(items, i => i.Problem is { File: "garbage.html.gz", Skipped: true } p && p.Message.Contains("gzip"));
        var kept = items.Count(i => i.Document?.Source.StartsWith("truncated.jsonl.gz#", StringComparison.Ordinal) == true);
        Assert.InRange(kept, 1, 1999);
        Assert.Contains(items, i => i.Problem is { } p && p.File.StartsWith("truncated.jsonl.gz", StringComparison.Ordinal) && p.Message.Contains("gzip"));
    }

    [Fact]
    public void APageSavedInTheCharsetItDeclares_ReadsRight()
    {
        var dir = TestPaths.NewTempFolder();
        var page = "<html><head><meta charset=\"iso-8859-1\"><title>Oberösterreich</title></head><body><article><p>Die Oberösterreichischen Nachrichten berichten über Linz und das Mühlviertel.</p></article></body></html>";
        File.WriteAllBytes(Path.Combine(dir, "latin1.html"), Encoding.Latin1.GetBytes(page));
        var items = Read(dir);
        var doc = Assert.Single(items, i => i.Document is not null).Document!;
        Assert.Contains("Oberösterreichischen Nachrichten berichten über Linz und das Mühlviertel", doc.Text);
        Assert.DoesNotContain(items, i => i.Problem is not null);
    }

    [Fact]
    public void AnArchiveThatDecompressesPastTheSizeLimit_IsSkipped()
    {
        var dir = TestPaths.NewTempFolder();
        var big = new byte[SourceFile.MaxBytes + 1024];
        Array.Fill(big, (byte)'a');
        Gzip(Path.Combine(dir, "bomb.txt.gz"), big);
        var problem = Assert.Single(Read(dir)).Problem!;
        Assert.Equal("bomb.txt.gz", problem.File);
        Assert.Contains("decompresses to over", problem.Message);
    }

    [Fact]
    public void FilesOfOtherKinds_AreNamedOneByOne_AndCountedByExtensionInTheSummary()
    {
        var dir = TestPaths.NewTempFolder();
        File.WriteAllText(Path.Combine(dir, "a.pdf"), "%PDF");
        File.WriteAllText(Path.Combine(dir, "b.pdf"), "%PDF");
        File.WriteAllText(Path.Combine(dir, "notes.docx"), "x");
        File.WriteAllText(Path.Combine(dir, "README"), "x");
        File.WriteAllText(Path.Combine(dir, "story.txt"), "An article with a sentence that is long enough to count.");

        var summary = new ArticleIndexer(new ArticleEnricher(EnrichmentData.Default)).Run([dir], TestPaths.NewTempFolder(), new IndexRunOptions());
        Assert.Equal(1, summary.Read);
        Assert.Equal(0, summary.Skipped);
        Assert.Equal(new Dictionary<string, int> { [".pdf"] = 2, ["(no extension)"] = 1, [".docx"] = 1 }, summary.NotRead);
        Assert.Equal(["README", "a.pdf", "b.pdf", "notes.docx"], summary.Problems.Where(p => p.UnreadType is not null).Select(p => p.File).Order(StringComparer.Ordinal));
        Assert.EndsWith("not read: 2 .pdf, 1 (no extension), 1 .docx", summary.ToString());
    }
}
