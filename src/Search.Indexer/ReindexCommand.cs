using System.CommandLine;
using Search.Core.Indexing;

namespace Search.Indexer;

/// <summary><c>reindex [--index DIR] [--data DIR]</c>: rebuilds the index from what it holds, with this version's enrichment and analysis.</summary>
internal static class ReindexCommand
{
    public static Command Create()
    {
        var index = new Option<string>("--index") { Description = "Index folder.", DefaultValueFactory = _ => CommonOptions.DefaultIndex };
        var data = CommonOptions.Data();
        var earliest = CommonOptions.EarliestYear();
        var command = new Command("reindex",
            "Rebuild the index from the articles it holds (no original files needed), with this version's enrichment and analysis. " +
            "It is built beside the index and switched in at the end; a running service serves the old articles until then.")
        {
            index, data, earliest,
        };
        command.SetAction(result =>
        {
            var indexPath = result.GetValue(index)!;
            if (ConsoleReport.Enricher(result.GetValue(data), result.GetValue(earliest)) is not { } enricher)
            {
                return ExitCodes.Failed;
            }
            return ConsoleReport.OnIndex(() =>
            {
                var summary = ProgressDisplay.Run("reindexing", progress => new Reindexer(enricher).Run(indexPath, new IndexRunOptions(), progress));
                foreach (var problem in summary.Build.Problems)
                {
                    ConsoleReport.Problem(problem);
                }
                Console.WriteLine($"{Path.GetFullPath(indexPath)}: {summary}");
                return ExitCodes.Ok;
            });
        });
        return command;
    }
}
