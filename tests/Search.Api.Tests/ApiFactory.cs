using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Search.Api.Tests;

/// <summary>
/// The API in process over a temporary index built at start from the repository's five sample articles plus
/// <see cref="GeneratedCount"/> generated ones (outlets "Harbour Times" and "Port Gazette", one a week from 2000).
/// </summary>
public class ApiFactory : WebApplicationFactory<Program>
{
    public const int GeneratedCount = 250;

    public string IndexPath { get; } = Path.Combine(Path.GetTempPath(), "search-api-tests", Guid.NewGuid().ToString("n"), "index");

    public static string RepositoryRoot => Search.Tests.Shared.RepositoryRoot.Path;

    /// <summary>Exports allowed per minute; high, so tests are not limited unless they mean to be.</summary>
    protected virtual int ExportsPerMinute => 10_000;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        var corpus = Path.Combine(Path.GetDirectoryName(IndexPath)!, "articles");
        Directory.CreateDirectory(corpus);
        foreach (var file in Directory.GetFiles(Path.Combine(RepositoryRoot, "index-data", "articles")))
        {
            File.Copy(file, Path.Combine(corpus, Path.GetFileName(file)), overwrite: true);
        }
        File.WriteAllLines(Path.Combine(corpus, "generated.jsonl"), Enumerable.Range(0, GeneratedCount).Select(i => System.Text.Json.JsonSerializer.Serialize(new
        {
            id = $"gen-{i:D3}",
            title = i == 7 ? "=HYPERLINK(\"http://evil.example\"), a \"quoted\" title; with commas" : $"Harbour report {i}",
            text = $"Generated report number {i} about harbour traffic in Oman.",
            outlet = i % 2 == 0 ? "Harbour Times" : "Port Gazette",
            published = new DateOnly(2000, 1, 1).AddDays(i * 7).ToString("yyyy-MM-dd"),
            authors = new[] { "Jane Doe", "John Roe" },
        })));
        builder.UseSetting("Search:IndexPath", IndexPath);
        builder.UseSetting("Search:ArticlesPath", corpus);
        builder.UseSetting("Search:ExportsPerMinute", ExportsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

}
