using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;

namespace Search.Api.Tests;

/// <summary>
/// The API as users run it: the output of <c>dotnet publish</c> (the Dockerfile's step), started from its own folder
/// on a free loopback port, building its index from the published sample corpus. The test command publishes to
/// <c>SEARCH_PUBLISH_DIR</c>; run alone, the test publishes by itself.
/// </summary>
public class PublishedApiTests
{
    [Fact]
    public async Task PublishedApi_StartsAndAnswersASearch()
    {
        var publishDir = Environment.GetEnvironmentVariable("SEARCH_PUBLISH_DIR") is { Length: > 0 } dir ? dir : Publish();
        Assert.True(File.Exists(Path.Combine(publishDir, "Search.Api.dll")), $"no Search.Api.dll in {publishDir}");
        var work = Search.Tests.Shared.TempFolders.New();
        Directory.CreateDirectory(work);
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet", [Path.Combine(publishDir, "Search.Api.dll"), $"--urls=http://127.0.0.1:{port}",
            $"--Search:IndexPath={Path.Combine(work, "index")}", $"--Search:ArticlesPath={Path.Combine(ApiFactory.RepositoryRoot, "index-data", "articles")}"])
        {
            WorkingDirectory = publishDir,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var output = new System.Text.StringBuilder();
        process.OutputDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        process.ErrorDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(5) };
            HttpResponseMessage? response = null;
            for (var attempt = 0; attempt < 120 && response is null; attempt++)
            {
                try
                {
                    response = await client.GetAsync("/api/search?q=Iran");
                }
                catch (HttpRequestException)
                {
                    Assert.False(process.HasExited, "the published API exited: " + output);
                    await Task.Delay(500);
                }
            }
            Assert.NotNull(response);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
            Assert.True(body.GetProperty("total").GetInt32() > 0);
            var page = await client.GetAsync("/");
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            Assert.Contains("News search", await page.Content.ReadAsStringAsync());
        }
        finally
        {
            process.Kill(entireProcessTree: true);
        }
    }

    [Fact]
    public async Task ADamagedIndex_StopsTheServiceWithTheRebuildCommand()
    {
        var publishDir = Environment.GetEnvironmentVariable("SEARCH_PUBLISH_DIR") is { Length: > 0 } dir ? dir : Publish();
        var index = Search.Tests.Shared.TempFolders.New();
        var build = new Search.Core.Indexing.ArticleIndexer(new Search.Core.Enrichment.ArticleEnricher(Search.Core.Enrichment.EnrichmentData.Default));
        build.Run([Path.Combine(ApiFactory.RepositoryRoot, "index-data", "articles")], index, new Search.Core.Indexing.IndexRunOptions());
        var largest = new DirectoryInfo(index).GetFiles().Where(f => !f.Name.StartsWith("segments", StringComparison.Ordinal) && f.Name != "indexer.lock").MaxBy(f => f.Length)!;
        using (var stream = File.Open(largest.FullName, FileMode.Open))
        {
            stream.SetLength(stream.Length / 3);
        }
        // Three starts: the message once went missing when the process exited before its logger wrote.
        for (var run = 0; run < 3; run++)
        {
            using var process = Process.Start(new ProcessStartInfo("dotnet", [Path.Combine(publishDir, "Search.Api.dll"), $"--urls=http://127.0.0.1:{FreePort()}", $"--Search:IndexPath={index}"])
            {
                WorkingDirectory = publishDir,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            })!;
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            Assert.True(process.WaitForExit(TimeSpan.FromSeconds(60)), "the service kept running on a damaged index");
            var text = await output + await errors;
            Assert.Equal(1, process.ExitCode);
            Assert.Contains("damaged", text);
            Assert.Contains("index --rebuild", text);
        }
    }

    private static string Publish()
    {
        var output = Search.Tests.Shared.TempFolders.New();
        var publish = Process.Start(new ProcessStartInfo("dotnet",
            ["publish", Path.Combine(ApiFactory.RepositoryRoot, "src", "Search.Api", "Search.Api.csproj"), "-c", "Release", "-o", output]))!;
        publish.WaitForExit();
        Assert.Equal(0, publish.ExitCode);
        return output;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
