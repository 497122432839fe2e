using System.CommandLine;
using Search.Core.Enrichment;
using Search.Core.Indexing;
using Spectre.Console;

namespace Search.Indexer;

/// <summary><c>index [PATHS…] [--index DIR] [--rebuild] [--prune]</c>: builds or updates the index.</summary>
internal static class IndexCommand
{
    public static Command Create()
    {
        var paths = CommonOptions.Paths($"Files or folders of articles (.txt, .html, .jsonl, .csv); default: {CommonOptions.DefaultArticles}.");
        var index = new Option<string>("--index") { Description = "Index folder.", DefaultValueFactory = _ => CommonOptions.DefaultIndex };
        var rebuild = new Option<bool>("--rebuild") { Description = "Start from an empty index." };
        var prune = new Option<bool>("--prune") { Description = "Remove indexed articles that this run did not read (their source is gone)." };
        var commitSeconds = new Option<double>("--commit-seconds")
        {
            Description = "Commit at least this often, so searches see progress and an interrupted run loses little.",
            DefaultValueFactory = _ => 30,
        };
        var data = CommonOptions.Data();
        var command = new Command("index", "Build or update the index: new articles are added, changed ones replaced, unchanged ones skipped.")
        {
            paths, index, rebuild, prune, commitSeconds, data,
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
            result.GetValue(data)));
        return command;
    }

    private static int Run(string[] paths, string indexPath, IndexRunOptions options, string? dataPath)
    {
        ArticleEnricher enricher;
        try
        {
            enricher = new ArticleEnricher(EnrichmentData.Load(dataPath));
        }
        catch (Exception e) when (e is IOException or InvalidDataException or System.Text.Json.JsonException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"error: enrichment data cannot be loaded: {e.Message}");
            return ExitCodes.Failed;
        }

        var indexer = new ArticleIndexer(enricher);
        return ConsoleReport.OnIndex(() =>
        {
            var summary = Console.IsOutputRedirected || Console.IsErrorRedirected
                ? indexer.Run(paths, indexPath, options, new PlainProgress())
                : RunWithProgressBar(indexer, paths, indexPath, options);
            foreach (var problem in summary.Problems)
            {
                ConsoleReport.Problem(problem);
            }
            Console.WriteLine($"{Path.GetFullPath(indexPath)}: {summary}");
            return summary.Skipped == 0 ? ExitCodes.Ok : ExitCodes.SomeSkipped;
        });
    }

    private static IndexRunSummary RunWithProgressBar(ArticleIndexer indexer, string[] paths, string indexPath, IndexRunOptions options)
    {
        IndexRunSummary? summary = null;
        AnsiConsole.Progress()
            .Columns(new TaskDescriptionColumn(), new SpinnerColumn(), new ElapsedTimeColumn())
            .Start(ctx =>
            {
                var task = ctx.AddTask("indexing").IsIndeterminate();
                summary = indexer.Run(paths, indexPath, options, new Progress(p =>
                    task.Description = $"indexing: {p.Read:N0} read, {p.Written:N0} written, {p.Skipped:N0} skipped, {p.ArticlesPerSecond:N0} articles/s"));
                task.StopTask();
            });
        return summary!;
    }

    private sealed class Progress(Action<IndexProgress> report) : IProgress<IndexProgress>
    {
        public void Report(IndexProgress value) => report(value);
    }

    /// <summary>Without a terminal: a plain line every 10 seconds on standard error.</summary>
    private sealed class PlainProgress : IProgress<IndexProgress>
    {
        private TimeSpan _last;

        public void Report(IndexProgress p)
        {
            if (p.Elapsed - _last < TimeSpan.FromSeconds(10))
            {
                return;
            }
            _last = p.Elapsed;
            Console.Error.WriteLine($"indexing: {p.Read:N0} read, {p.Written:N0} written, {p.Skipped:N0} skipped, {p.ArticlesPerSecond:N0} articles/s");
        }
    }
}
