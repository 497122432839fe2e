using System.CommandLine;
using Search.Core.Indexing;

namespace Search.Indexer;

/// <summary><c>optimize [--index DIR] [--segments N]</c>: merges the index into few segments for faster searches.</summary>
internal static class OptimizeCommand
{
    public static Command Create()
    {
        var index = new Option<string>("--index") { Description = "Index folder.", DefaultValueFactory = _ => CommonOptions.DefaultIndex };
        var segments = new Option<int>("--segments") { Description = "Segments to keep at most.", DefaultValueFactory = _ => 1 };
        var command = new Command("optimize", "Merge the index into few segments: searches get faster; worth it after a bulk load of an archive that changes rarely.")
        {
            index, segments,
        };
        command.SetAction(result =>
        {
            var path = result.GetValue(index)!;
            return ConsoleReport.OnIndex(() =>
            {
                var took = IndexOptimizer.Merge(path, result.GetValue(segments));
                Console.WriteLine($"{Path.GetFullPath(path)}: merged into at most {result.GetValue(segments)} segment(s) in {took.TotalSeconds:0.0} s");
                return ExitCodes.Ok;
            });
        });
        return command;
    }
}
