using Search.Core.Indexing;
using Search.Core.Ingest;

namespace Search.Indexer;

/// <summary>Problems go to standard error, one a line, naming the file and line.</summary>
internal static class ConsoleReport
{
    public static void Problem(IngestProblem problem) =>
        Console.Error.WriteLine($"{(problem.Skipped ? "skipped" : "warning")}: {problem}");

    /// <summary>Runs a command on an index; a locked or unusable index becomes its message and exit code.</summary>
    public static int OnIndex(Func<int> run)
    {
        try
        {
            return run();
        }
        catch (IndexLockedException e)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return ExitCodes.IndexLocked;
        }
        catch (IndexUnusableException e)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return ExitCodes.Failed;
        }
    }
}
