using Search.Core.Ingest;

namespace Search.Indexer;

/// <summary>Problems go to standard error, one a line, naming the file and line.</summary>
internal static class ConsoleReport
{
    public static void Problem(IngestProblem problem) =>
        Console.Error.WriteLine($"{(problem.Skipped ? "skipped" : "warning")}: {problem}");
}
