using System.CommandLine;
using Search.Core.Indexing;
using Search.Core.State;

namespace Search.Indexer;

/// <summary>
/// <c>backup --to DIR [--index DIR] [--state FILE]</c>: a consistent copy of the index's last commit (and the state
/// database), safe while the service serves and an indexer writes; <c>verify [--index DIR] [--state FILE]</c> checks one.
/// </summary>
internal static class BackupCommand
{
    public const string StateFileName = "state.db";

    public static Command Create()
    {
        var index = new Option<string>("--index") { Description = "Index folder to back up.", DefaultValueFactory = _ => CommonOptions.DefaultIndex };
        var to = new Option<string>("--to") { Description = "Backup folder. When it holds an earlier backup, only new files are copied.", Required = true };
        var state = new Option<string?>("--state") { Description = $"The service's database (Search:StatePath) to back up too, as {StateFileName} in the backup folder." };
        var rate = new Option<double>("--max-mb-per-second") { Description = "Copy at most this many MB a second (0: no limit), to spare the service's disk.", DefaultValueFactory = _ => 0 };
        var command = new Command("backup",
            "Copy the index's last commit to a folder, consistently while the service serves and an indexer writes. " +
            "To restore, point Search:IndexPath (and Search:StatePath) at the backup.")
        {
            index, to, state, rate,
        };
        command.SetAction(result => ConsoleReport.OnIndex(() =>
        {
            var target = result.GetValue(to)!;
            try
            {
                var summary = IndexBackup.Run(result.GetValue(index)!, target, (long)(result.GetValue(rate) * 1024 * 1024));
                Console.WriteLine(summary);
                if (result.GetValue(state) is { } statePath)
                {
                    StateStore.Open(statePath).BackupTo(Path.Combine(target, StateFileName));
                    Console.WriteLine($"backed up {Path.GetFullPath(statePath)} to {Path.Combine(Path.GetFullPath(target), StateFileName)}");
                }
                return ExitCodes.Ok;
            }
            catch (Exception e) when (e is ArgumentException or StateUnusableException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine($"error: {e.Message}");
                return ExitCodes.Failed;
            }
            catch (IOException e) when (!DiskSpace.IsFull(e))
            {
                Console.Error.WriteLine($"error: the backup to {Path.GetFullPath(target)} failed: {e.Message}");
                return ExitCodes.Failed;
            }
            catch (IOException e)
            {
                throw new DiskFullException(target, e);
            }
        }));
        return command;
    }

    public static Command Verify()
    {
        var index = new Option<string>("--index") { Description = "Index folder (or backup folder) to check.", DefaultValueFactory = _ => CommonOptions.DefaultIndex };
        var state = new Option<string?>("--state") { Description = "A state database to check too." };
        var command = new Command("verify", "Check an index with Lucene's CheckIndex (every segment read back) and a state database with SQLite's integrity check.")
        {
            index, state,
        };
        command.SetAction(result => ConsoleReport.OnIndex(() =>
        {
            var path = Path.GetFullPath(result.GetValue(index)!);
            var check = IndexVerifier.Check(path);
            Console.WriteLine(check.Clean
                ? $"{path}: clean ({check.Segments} segment(s), {check.Articles:N0} articles)"
                : $"{path}: DAMAGED: {string.Join("; ", check.Problems)}");
            var clean = check.Clean;
            if (result.GetValue(state) is { } statePath)
            {
                try
                {
                    var problems = StateStore.Open(statePath).IntegrityProblems();
                    clean &= problems.Count == 0;
                    Console.WriteLine(problems.Count == 0 ? $"{Path.GetFullPath(statePath)}: clean" : $"{Path.GetFullPath(statePath)}: DAMAGED: {string.Join("; ", problems)}");
                }
                catch (StateUnusableException e)
                {
                    clean = false;
                    Console.WriteLine($"{Path.GetFullPath(statePath)}: DAMAGED: {e.Message}");
                }
            }
            return clean ? ExitCodes.Ok : ExitCodes.Damaged;
        }));
        return command;
    }
}
