using System.CommandLine;
using Search.Core.Enrichment;
using Search.Core.Indexing;

namespace Search.Indexer;

/// <summary><c>index [PATHS…] [--index DIR] [--rebuild] [--prune]</c>: builds or updates the index.</summary>
internal static class IndexCommand
{
    public static Command Create()
    {
        var paths = CommonOptions.Paths($"Files or folders of articles (.txt, .html, .jsonl, .csv, .warc, each also as .gz); default: {CommonOptions.DefaultArticles}.");
        var index = new Option<string>("--index") { Description = "Index folder.", DefaultValueFactory = _ => CommonOptions.DefaultIndex };
        var rebuild = new Option<bool>("--rebuild") { Description = "Start from an empty index." };
        var prune = new Option<bool>("--prune") { Description = "Remove indexed articles that this run did not read (their source is gone)." };
        var commitSeconds = new Option<double>("--commit-seconds")
        {
            Description = "Commit at least this often, so searches see progress and an interrupted run loses little.",
            DefaultValueFactory = _ => 30,
        };
        var data = CommonOptions.Data();
        var earliest = CommonOptions.EarliestYear();
        var command = new Command("index", "Build or update the index: new articles are added, changed ones replaced, unchanged ones skipped.")
        {
            paths, index, rebuild, prune, commitSeconds, data, earliest,
        };
        command.SetAction(result => Run(
            result.GetValue(paths) is { Length: > 0 } p ? p : [CommonOptions.DefaultArticles],
            result.GetValue(index)!,
            new IndexRunOptions
            {
                Rebuild = result.GetValue(rebuild),
                Prune = result.GetValue(prune),
                CommitInterval = TimeSpan.FromSeconds(Math.Max(0.05, result.GetValue(commitSeconds))),
            },
            result.GetValue(data), result.GetValue(earliest)));
        return command;
    }

    private static int Run(string[] paths, string indexPath, IndexRunOptions options, string? dataPath, int earliestYear)
    {
        if (ConsoleReport.Enricher(dataPath, earliestYear) is not { } enricher)
        {
            return ExitCodes.Failed;
        }
        var indexer = new ArticleIndexer(enricher);
        return ConsoleReport.OnIndex(() =>
        {
            var summary = ProgressDisplay.Run("indexing", progress => indexer.Run(paths, indexPath, options, progress));
            foreach (var problem in summary.Problems)
            {
                ConsoleReport.Problem(problem);
            }
            Console.WriteLine($"{Path.GetFullPath(indexPath)}: {summary}");
            return summary.Skipped == 0 ? ExitCodes.Ok : ExitCodes.SomeSkipped;
        });
    }
}
