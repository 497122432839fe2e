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

}
