namespace Search.Core.Copies;

/// <summary>
/// A hit's copies: how many other articles are the same story, its original when the hit is not the original itself
/// (and which rule chose it), and, in a collapsed search, the outlets of the others.
/// </summary>
public sealed record HitCopies(int Count, CopyRef? Original, string Rule, IReadOnlyList<string>? Outlets);
