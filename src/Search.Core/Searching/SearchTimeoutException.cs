namespace Search.Core.Searching;

/// <summary>A search that ran past its time budget: stopped, so the service stays responsive. Nothing partial is returned.</summary>
public sealed class SearchTimeoutException(TimeSpan budget)
    : Exception($"the search took longer than its {budget.TotalSeconds:0.#} s budget and was stopped; narrow it (fewer wildcards, more words or filters)")
{
    public TimeSpan Budget { get; } = budget;
}
