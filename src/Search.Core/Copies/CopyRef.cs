namespace Search.Core.Copies;

/// <summary>An article of a cluster of copies, as a hit names it.</summary>
public sealed record CopyRef(string Id, string? Outlet, DateOnly? Published);
