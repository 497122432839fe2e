using System.Diagnostics;

namespace Search.Indexer.Tests;

/// <summary>Runs the indexer as users do: <c>dotnet Search.Indexer.dll …</c> in its own process.</summary>
public static class IndexerProcess
{
    public static string Dll => Path.Combine(AppContext.BaseDirectory, "Search.Indexer.dll");

    public static Process Start(params string[] args) => Process.Start(new ProcessStartInfo("dotnet", [Dll, .. args])
    {
        RedirectStandardOutput = true,
        RedirectStandardError = true,
    })!;

    public static (int ExitCode, string Out, string Err) Run(params string[] args)
    {
        using var process = Start(args);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("the indexer did not finish in 3 minutes");
        }
        return (process.ExitCode, stdout.Result, stderr.Result);
    }

    public static string NewFolder()
    {
        var dir = Search.Tests.Shared.TempFolders.New();
        Directory.CreateDirectory(dir);
        return dir;
    }

    public static string SampleArticles => Search.Tests.Shared.RepositoryRoot.SampleArticles;

    /// <summary>A new folder with one JSON Lines file of <paramref name="count"/> short reports on a canal, two outlets, dates over 14 years.</summary>
    public static string CanalReports(int count)
    {
        var corpus = NewFolder();
        File.WriteAllLines(Path.Combine(corpus, "reports.jsonl"), Enumerable.Range(0, count).Select(i => System.Text.Json.JsonSerializer.Serialize(new
        {
            id = $"k{i:D5}",
            text = $"Report {i} on the canal: ships from Oman and Egypt waited while officials said the talks would go on.",
            outlet = i % 2 == 0 ? "Reuters" : "Axios",
            published = new DateOnly(2001, 1, 1).AddDays(i % 5000).ToString("yyyy-MM-dd"),
        })));
        return corpus;
    }

}
