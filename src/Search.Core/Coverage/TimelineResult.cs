namespace Search.Core.Coverage;

/// <summary>
/// One value's line of a timeline: its matching articles per period (<c>Counts</c>, aligned with the timeline's
/// periods) and, when normalised, all its articles per period (<c>Outputs</c>) and the share that matched (<c>Shares</c>,
/// 0 to 1; null where it published nothing).
/// </summary>
public sealed record TimelineSeries(string Value, string? Name, int Total, IReadOnlyList<int> Counts,
    IReadOnlyList<int>? Outputs, IReadOnlyList<double?>? Shares);

/// <summary>Matches over time split by a facet (<c>By</c>), per year or month.</summary>
public sealed record TimelineResult(string By, string Interval, bool Normalized, int Total, IReadOnlyList<string> Periods, IReadOnlyList<TimelineSeries> Series);
