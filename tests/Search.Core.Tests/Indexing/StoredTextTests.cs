using System.Text;
using System.Text.Json;
using Search.Core.Enrichment;
using Search.Core.Indexing;
using Search.Core.Searching;

namespace Search.Core.Tests.Indexing;

/// <summary>The article text kept compressed in the index comes back exactly, whatever its size and script.</summary>
public class StoredTextTests
{
    [Theory]
    [InlineData("")]
    [InlineData("A short report.")]
    [InlineData("Ya’alon met Zelensky in Kyiv — «Привет», 你好, 👋🏽, café.")]
    public void Compression_RoundTrips(string text) => Assert.Equal(text, TextCompression.Decompress(TextCompression.Compress(text)));

    [Fact]
    public void ADamagedValue_IsInvalidData()
    {
        var bytes = TextCompression.Compress(string.Concat(Enumerable.Repeat("The council met on Tuesday. ", 50)));
        Assert.Throws<InvalidDataException>(() => TextCompression.Decompress(bytes.AsSpan(0, 3)));
        Assert.Throws<InvalidDataException>(() => TextCompression.Decompress(bytes.AsSpan(0, bytes.Length / 2)));
    }

    [Fact]
    public void TextsOfEverySize_ComeBackFromTheIndex()
    {
        // Random words do not compress much: 60 KB and 400 KB of them span two chunks and the stored rest.
        var random = new Random(5);
        string Words(int count) => string.Join(' ', Enumerable.Range(0, count).Select(_ => new string(Enumerable.Range(0, random.Next(2, 9)).Select(_ => (char)random.Next('a', 'z' + 1)).ToArray())));
        var texts = new Dictionary<string, string>
        {
            ["small"] = "A short report on the canal, with «quotes» and ünïcödé.",
            ["two-chunks"] = "canal " + Words(10_000),
            ["rest"] = "canal " + Words(70_000),
        };
        var corpus = TestPaths.NewTempFolder();
        var index = TestPaths.NewTempFolder();
        File.WriteAllLines(Path.Combine(corpus, "a.jsonl"), texts.Select(kv => JsonSerializer.Serialize(new { id = kv.Key, text = kv.Value })));
        Assert.True(TextCompression.Compress(texts["rest"]).Length > 4 * 32_000);
        new ArticleIndexer(new ArticleEnricher(EnrichmentData.Default)).Run([corpus], index, new IndexRunOptions());
        using var searcher = new ArticleSearcher(index, EnrichmentData.Default);
        foreach (var (id, text) in texts)
        {
            Assert.Equal(text, searcher.Get(id)!.Article.Text);
        }
    }
}
