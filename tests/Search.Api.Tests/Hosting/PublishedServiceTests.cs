using Search.Tests.Shared;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;

namespace Search.Api.Tests.Hosting;

/// <summary>
/// The API as users run it: the output of <c>dotnet publish</c> (the Dockerfile's step), started from its own folder
/// on a free loopback port, building its index from the published sample corpus. The test command publishes to
/// <c>SEARCH_PUBLISH_DIR</c>; run alone, the test publishes by itself.
/// </summary>
public class PublishedServiceTests
{
    [Fact]
    public async Task PublishedApi_StartsAndAnswersASearch()
    {
        var publishDir = Environment.GetEnvironmentVariable("SEARCH_PUBLISH_DIR") is { Length: > 0 } dir ? dir : Publish();
        Assert.True(File.Exists(Path.Combine(publishDir, "Search.Api.dll")), $"no Search.Api.dll in {publishDir}");
        var work = Search.Tests.Shared.TempFolders.New();
        Directory.CreateDirectory(work);
        var port = FreePort();
        using var process = StartService(publishDir, $"--urls=http://127.0.0.1:{port}", $"--Search:IndexPath={Path.Combine(work, "index")}",
            $"--Search:ArticlesPath={Path.Combine(ApiFactory.RepositoryRoot, "index-data", "articles")}", $"--Search:StatePath={Path.Combine(work, "state.db")}");
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
            var body = (await response.ReadJsonAsync());
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
            var (exitCode, text) = await RunUntilExitAsync(publishDir, $"--Search:IndexPath={index}", $"--Search:StatePath={Path.Combine(index, "..", "state.db")}");
            Assert.Equal(1, exitCode);
            Assert.Contains("damaged", text);
            Assert.Contains("index --rebuild", text);
        }
    }

    [Fact]
    public async Task AKilledService_KeepsEveryAcknowledgedWrite_AndItsDatabaseOpens()
    {
        var publishDir = Environment.GetEnvironmentVariable("SEARCH_PUBLISH_DIR") is { Length: > 0 } dir ? dir : Publish();
        var work = Search.Tests.Shared.TempFolders.New();
        var state = Path.Combine(work, "state.db");
        var secret = new Search.Core.State.ApiKeys(Search.Core.State.StateStore.Open(state)).Create("writer").Secret;
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        var port = FreePort();
        using var process = StartService(publishDir, $"--urls=http://127.0.0.1:{port}", $"--Search:IndexPath={Path.Combine(work, "index")}",
            $"--Search:ArticlesPath={Path.Combine(ApiFactory.RepositoryRoot, "index-data", "articles")}", $"--Search:StatePath={state}");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(5) };
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", secret);
        for (var attempt = 0; attempt < 120; attempt++)
        {
            try
            {
                if ((await client.GetAsync("/health")).IsSuccessStatusCode)
                {
                    break;
                }
            }
            catch (HttpRequestException)
            {
                Assert.False(process.HasExited, "the published API exited");
                await Task.Delay(500);
            }
        }
        // Four writers; the service is killed while they write. Every write it acknowledged must be there after.
        var acknowledged = new System.Collections.Concurrent.ConcurrentBag<string>();
        var stop = new CancellationTokenSource();
        var writers = Enumerable.Range(0, 4).Select(w => Task.Run(async () =>
        {
            for (var i = 0; !stop.IsCancellationRequested; i++)
            {
                try
                {
                    var response = await client.PostAsync("/api/saved-searches",
                        new StringContent($"{{\"name\": \"w{w}-{i}\", \"query\": \"q=Iran\"}}", System.Text.Encoding.UTF8, "application/json"));
                    if (response.StatusCode == HttpStatusCode.Created)
                    {
                        acknowledged.Add((await response.ReadJsonAsync()).GetProperty("id").GetString()!);
                    }
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                    return;
                }
            }
        })).ToList();
        while (acknowledged.Count < 40)
        {
            await Task.Delay(20);
        }
        process.Kill(entireProcessTree: true); // SIGKILL: no shutdown, no flush
        process.WaitForExit();
        stop.Cancel();
        await Task.WhenAll(writers);

        var reopened = new Search.Core.State.SavedSearches(Search.Core.State.StateStore.Open(state));
        foreach (var id in acknowledged)
        {
            Assert.NotNull(reopened.Get(id));
        }
    }

    [Fact]
    public async Task ADatabaseOfANewerVersion_StopsTheServiceWithAClearMessage()
    {
        var publishDir = Environment.GetEnvironmentVariable("SEARCH_PUBLISH_DIR") is { Length: > 0 } dir ? dir : Publish();
        var work = Search.Tests.Shared.TempFolders.New();
        var state = Path.Combine(work, "state.db");
        using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={state};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA user_version = 99";
            command.ExecuteNonQuery();
        }
        var (exitCode, text) = await RunUntilExitAsync(publishDir, $"--Search:IndexPath={Path.Combine(work, "index")}",
            $"--Search:ArticlesPath={Path.Combine(ApiFactory.RepositoryRoot, "index-data", "articles")}", $"--Search:StatePath={state}");
        Assert.Equal(1, exitCode);
        Assert.Contains("newer version", text);
    }

    // The published app started as users start it: from its own folder, with settings on the command line.
    private static Process StartService(string publishDir, params string[] arguments) =>
        Process.Start(new ProcessStartInfo("dotnet", [Path.Combine(publishDir, "Search.Api.dll"), .. arguments])
        {
            WorkingDirectory = publishDir,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;

    // For a start that must fail: the exit code and everything the app wrote.
    private static async Task<(int ExitCode, string Output)> RunUntilExitAsync(string publishDir, params string[] settings)
    {
        using var process = StartService(publishDir, [$"--urls=http://127.0.0.1:{FreePort()}", .. settings]);
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(TimeSpan.FromSeconds(120)), "the service kept running");
        return (process.ExitCode, await output + await errors);
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
