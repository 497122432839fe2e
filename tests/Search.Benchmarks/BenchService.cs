using System.Diagnostics;

namespace Search.Benchmarks;

/// <summary>The published API started over an index on a free loopback port, its output drained, and a client for it once it is ready.</summary>
public sealed class BenchService : IDisposable
{
    private BenchService(Process process, HttpClient http) => (Process, Http) = (process, http);

    public Process Process { get; }

    public HttpClient Http { get; }

    public static async Task<BenchService> StartAsync(string apiDll, string index, string state, params string[] settings)
    {
        var port = FreePort();
        var process = Measure.Start("dotnet", [apiDll, $"--urls=http://127.0.0.1:{port}", $"--Search:IndexPath={index}", $"--Search:StatePath={state}",
            "--Logging:LogLevel:Default=Warning", .. settings], Path.GetDirectoryName(apiDll));
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 64 }) { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(30) };
        for (var i = 0; i < 240 && !await Ready(http); i++)
        {
            await Task.Delay(500);
        }
        return new BenchService(process, http);
    }

    public void Dispose()
    {
        Http.Dispose();
        Process.Kill(entireProcessTree: true);
        Process.Dispose();
    }

    private static async Task<bool> Ready(HttpClient http)
    {
        try
        {
            return (await http.GetAsync("/health")).IsSuccessStatusCode;
        }
        catch (HttpRequestException)
        {
            return false;
        }
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}
