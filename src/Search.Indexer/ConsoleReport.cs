using Search.Core.Enrichment;
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
        catch (DiskFullException e)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return ExitCodes.DiskFull;
        }
    }

    /// <summary>The enricher over the shipped data or a data folder; null (reported) when the data cannot be loaded.</summary>
    public static ArticleEnricher? Enricher(string? dataPath, int earliestYear) =>
        Data(dataPath) is { } data ? new ArticleEnricher(data) { EarliestYear = earliestYear } : null;

    /// <summary>The shipped enrichment data or a data folder's; null (reported) when it cannot be loaded.</summary>
    public static EnrichmentData? Data(string? dataPath, bool withModel = true)
    {
        try
        {
            return EnrichmentData.Load(dataPath, withModel);
        }
        catch (Exception e) when (e is IOException or InvalidDataException or System.Text.Json.JsonException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"error: enrichment data cannot be loaded: {e.Message}");
            return null;
        }
    }
}
