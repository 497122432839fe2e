using System.Diagnostics;
using System.Globalization;

namespace Search.Benchmarks;

/// <summary>Percentiles, process memory from /proc, and the machine a run happened on.</summary>
public static class Measure
{
    public static double Percentile(IReadOnlyList<double> sorted, double p) =>
        sorted.Count == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p / 100 * sorted.Count) - 1, 0, sorted.Count - 1)];

    /// <summary>Resident memory (VmRSS) or its peak (VmHWM) of a process, in MB; null when it has exited.</summary>
    public static double? MemoryMb(int pid, string field = "VmRSS")
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
            {
                if (line.StartsWith(field + ":", StringComparison.Ordinal))
                {
                    return double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024;
                }
            }
        }
        catch (IOException)
        {
        }
        return null;
    }

    /// <summary>
    /// Samples a process's memory every 50 ms from now until disposed: <see cref="BeforeMb"/> at the start,
    /// <see cref="PeakMb"/> the highest seen.
    /// </summary>
    public sealed class MemorySampler : IAsyncDisposable
    {
        private readonly CancellationTokenSource _stop = new();
        private readonly Task _sampling;

        public MemorySampler(int pid)
        {
            BeforeMb = MemoryMb(pid) ?? 0;
            PeakMb = BeforeMb;
            _sampling = Task.Run(async () =>
            {
                while (!_stop.IsCancellationRequested)
                {
                    PeakMb = Math.Max(PeakMb, MemoryMb(pid) ?? 0);
                    await Task.Delay(50);
                }
            });
        }

        public double BeforeMb { get; }

        public double PeakMb { get; private set; }

        public async ValueTask DisposeAsync()
        {
            await _stop.CancelAsync();
            await _sampling;
            _stop.Dispose();
        }
    }

    public static long DirectoryBytes(string path) =>
        Directory.Exists(path) ? new DirectoryInfo(path).EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length) : 0;

    public static string Machine()
    {
        var memory = File.ReadLines("/proc/meminfo").First(l => l.StartsWith("MemTotal:", StringComparison.Ordinal));
        var kb = double.Parse(memory.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
        var cpu = File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':')[1].Trim() ?? "unknown CPU";
        return $"{Environment.ProcessorCount} cores ({cpu}), {kb / 1024 / 1024:0} GB, .NET {Environment.Version}";
    }

    /// <summary>Runs a program to its end: exit code, standard output and error, and its peak resident memory in MB.</summary>
    public static (int ExitCode, string Output, string Errors, double PeakRssMb) Run(string file, IEnumerable<string> args)
    {
        using var process = Start(file, args);
        var output = new System.Text.StringBuilder();
        var errors = new System.Text.StringBuilder();
        process.OutputDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        process.ErrorDataReceived += (_, e) => { lock (errors) { errors.AppendLine(e.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var peak = 0.0;
        while (!process.WaitForExit(100))
        {
            peak = Math.Max(peak, MemoryMb(process.Id, "VmHWM") ?? 0);
        }
        process.WaitForExit();
        return (process.ExitCode, output.ToString(), errors.ToString(), peak);
    }

    public static Process Start(string file, IEnumerable<string> args, string? workingDirectory = null)
    {
        var info = new ProcessStartInfo(file, args) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory };
        return Process.Start(info)!;
    }
}
