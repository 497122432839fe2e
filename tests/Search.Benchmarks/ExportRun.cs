using System.Diagnostics;
using System.Globalization;

namespace Search.Benchmarks;

/// <summary>
/// One export of about 100,000 matches over HTTP as NDJSON, read to the end as a client would: how fast it streams,
/// and the service's memory before and at its highest while streaming (sampled every 50 ms).
/// </summary>
public static class ExportRun
{
    public sealed record Result(bool WithText, int Articles, double Seconds, double ArticlesPerSecond, double MegabytesPerSecond, double RssBeforeMb, double RssPeakMb);

    /// <summary>Published dates run over 30 years from 1995: a span of years that holds about <paramref name="wanted"/> articles.</summary>
    public static string Selection(int corpusSize, int wanted = 100_000)
    {
        if (corpusSize <= wanted)
        {
            return "q=";
        }
        var days = (int)(365.0 * 30 * wanted / corpusSize);
        var from = new DateOnly(1995, 1, 1);
        return string.Create(CultureInfo.InvariantCulture, $"q=&from={from:yyyy-MM-dd}&to={from.AddDays(days - 1):yyyy-MM-dd}");
    }

    public static async Task<Result> RunAsync(Uri service, int servicePid, string selection, bool withText)
    {
        using var http = new HttpClient { BaseAddress = service, Timeout = TimeSpan.FromMinutes(10) };
        var memory = new Measure.MemorySampler(servicePid);
        var clock = Stopwatch.StartNew();
        using var response = await http.GetAsync($"/api/export?format=ndjson&{selection}{(withText ? "&includeText=true" : "")}", HttpCompletionOption.ResponseHeadersRead);
        response.EnsureSuccessStatusCode();
        await using var body = await response.Content.ReadAsStreamAsync();
        var buffer = new byte[64 * 1024];
        long bytes = 0;
        var lines = 0;
        int read;
        while ((read = await body.ReadAsync(buffer)) > 0)
        {
            bytes += read;
            lines += buffer.AsSpan(0, read).Count((byte)'\n');
        }
        var seconds = clock.Elapsed.TotalSeconds;
        await memory.DisposeAsync();
        return new Result(withText, lines, Math.Round(seconds, 2), Math.Round(lines / seconds), Math.Round(bytes / 1e6 / seconds, 1), Math.Round(memory.BeforeMb), Math.Round(memory.PeakMb));
    }
}
