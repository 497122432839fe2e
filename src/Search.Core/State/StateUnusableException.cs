namespace Search.Core.State;

/// <summary>The service's database cannot be used: damaged, or written by a newer version. The message says what to do.</summary>
public sealed class StateUnusableException(string path, string problem)
    : Exception($"{problem}: {path}. Restore it from a backup, or move it away to start with an empty one (saved searches and API keys are then lost).")
{
    public string Path { get; } = path;
}
