namespace Search.Core.Searching;

/// <summary>What the index holds: article count, distinct outlets, date range, last change and size on disk.</summary>
public sealed record IndexStats(int Articles, int Outlets, DateOnly? EarliestPublished, DateOnly? LatestPublished, DateTime? LastUpdated, long IndexBytes);
