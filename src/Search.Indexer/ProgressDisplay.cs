using Search.Core.Indexing;
using Spectre.Console;

namespace Search.Indexer;

/// <summary>
/// Shows an indexing job's progress: a live line on a terminal; without one, a plain line every 10 seconds on standard
/// error.
/// </summary>
internal static class ProgressDisplay
{
    public static T Run<T>(string verb, Func<IProgress<IndexProgress>, T> work)
    {
        if (Console.IsOutputRedirected || Console.IsErrorRedirected)
        {
            return work(new PlainProgress(verb));
        }
        T result = default!;
        AnsiConsole.Progress()
            .Columns(new TaskDescriptionColumn(), new SpinnerColumn(), new ElapsedTimeColumn())
            .Start(ctx =>
            {
                var task = ctx.AddTask(verb).IsIndeterminate();
                result = work(new Progress(p => task.Description = Line(verb, p)));
                task.StopTask();
            });
        return result;
    }

    private static string Line(string verb, IndexProgress p) =>
        $"{verb}: {p.Read:N0} read, {p.Written:N0} written, {p.Skipped:N0} skipped, {p.ArticlesPerSecond:N0} articles/s";

    private sealed class Progress(Action<IndexProgress> report) : IProgress<IndexProgress>
    {
        public void Report(IndexProgress value) => report(value);
    }

    private sealed class PlainProgress(string verb) : IProgress<IndexProgress>
    {
        private TimeSpan _last;

        public void Report(IndexProgress p)
        {
            if (p.Elapsed - _last < TimeSpan.FromSeconds(10))
            {
                return;
            }
            _last = p.Elapsed;
            Console.Error.WriteLine(Line(verb, p));
        }
    }
}
