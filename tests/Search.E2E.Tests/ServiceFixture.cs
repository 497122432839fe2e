using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Microsoft.Playwright;

namespace Search.E2E.Tests;

/// <summary>
/// The real service, published as the Dockerfile publishes it, on a free loopback port over the shared test corpus
/// (<see cref="Search.Tests.Shared.TestCorpus"/>: the samples, edge cases with a hostile page, weekly reports from 2000); and a headless Chromium
/// (Debian's, at /usr/bin/chromium: no browser download) driven by Playwright.
/// </summary>
public class ServiceFixture : IAsyncLifetime
{
    public const int Generated = Search.Tests.Shared.TestCorpus.GeneratedCount;
    public const string HostileId = Search.Tests.Shared.TestCorpus.HostileId;
    public const string HostileMarker = Search.Tests.Shared.TestCorpus.HostileMarker;

    private Process? _service;
    private IPlaywright? _playwright;

    public string BaseUrl { get; private set; } = "";
    public IBrowser Browser { get; private set; } = null!;
    public string ScreenshotDir { get; } = Environment.GetEnvironmentVariable("SEARCH_SCREENSHOT_DIR") is { Length: > 0 } d ? d : Path.Combine(AppContext.BaseDirectory, "screenshots");

    /// <summary>The service's database.</summary>
    public string StatePath { get; private set; } = "";

    /// <summary>Settings beside the shared ones, as command-line arguments (a private archive's, say).</summary>
    protected virtual IEnumerable<string> Settings => [];

    public async Task InitializeAsync()
    {
        var root = Search.Tests.Shared.RepositoryRoot.Path;
        var work = Search.Tests.Shared.TempFolders.New();
        StatePath = Path.Combine(work, "state.db");
        var corpus = Search.Tests.Shared.TestCorpus.Write(Path.Combine(work, "articles"));

        var publishDir = Environment.GetEnvironmentVariable("SEARCH_PUBLISH_DIR") is { Length: > 0 } p ? p : Publish(root, work);
        var port = FreePort();
        BaseUrl = $"http://127.0.0.1:{port}";
        _service = Process.Start(new ProcessStartInfo("dotnet", [Path.Combine(publishDir, "Search.Api.dll"), $"--urls={BaseUrl}",
            $"--Search:IndexPath={Path.Combine(work, "index")}", $"--Search:ArticlesPath={corpus}", $"--Search:StatePath={StatePath}", .. Settings])
        {
            WorkingDirectory = publishDir,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        _service.OutputDataReceived += (_, _) => { };
        _service.ErrorDataReceived += (_, _) => { };
        _service.BeginOutputReadLine();
        _service.BeginErrorReadLine();
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        for (var i = 0; ; i++)
        {
            try
            {
                if ((await http.GetAsync($"{BaseUrl}/health")).IsSuccessStatusCode)
                {
                    break;
                }
            }
            catch (HttpRequestException) when (i < 120 && !_service.HasExited)
            {
            }
            await Task.Delay(500);
        }

        Directory.CreateDirectory(ScreenshotDir);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    public async Task<IPage> NewPageAsync(int width = 1280, int height = 900)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseUrl, ViewportSize = new ViewportSize { Width = width, Height = height } });
        var page = await context.NewPageAsync();
        page.Dialog += (_, dialog) => throw new InvalidOperationException($"a script ran and opened a dialog: {dialog.Message}");
        return page;
    }

    public Task ScreenshotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotDir, name + ".png"), FullPage = true });

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }
        _playwright?.Dispose();
        if (_service is { HasExited: false })
        {
            _service.Kill(entireProcessTree: true);
        }
    }

    private static string Publish(string root, string work)
    {
        var output = Path.Combine(work, "publish");
        using var publish = Process.Start(new ProcessStartInfo("dotnet", ["publish", Path.Combine(root, "src", "Search.Api", "Search.Api.csproj"), "-c", "Release", "-o", output]))!;
        publish.WaitForExit();
        return publish.ExitCode == 0 ? output : throw new InvalidOperationException("dotnet publish failed");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

}

[CollectionDefinition(Name)]
public sealed class ServiceCollection : ICollectionFixture<ServiceFixture>
{
    public const string Name = "service and browser";
}
