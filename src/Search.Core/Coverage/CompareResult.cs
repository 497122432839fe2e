namespace Search.Core.Coverage;

/// <summary>
/// A term that one value's matching articles use more than the other values' matching articles: how many articles on
/// each side have it, and its log-likelihood G² (<see cref="LogLikelihood"/>). <c>Name</c> names a country code.
/// </summary>
public sealed record DistinctiveTerm(string Term, int Count, int OtherCount, double Score, string? Name = null);

/// <summary>
/// One value of the compared field (an outlet): how many matching articles it has, how many of them were read for words
/// (<c>Sampled</c>; people and countries count every match), and its distinctive words, two-word phrases, people and
/// countries, most distinctive first.
/// </summary>
public sealed record ComparedValue(string Value, string? Name, int Articles, int Sampled,
    IReadOnlyList<DistinctiveTerm> Words, IReadOnlyList<DistinctiveTerm> Phrases, IReadOnlyList<DistinctiveTerm> People, IReadOnlyList<DistinctiveTerm> Countries);

/// <summary>The matching articles of a search compared value against value of one facet (<c>By</c>).</summary>
public sealed record CompareResult(string By, int Total, int SamplePerValue, IReadOnlyList<ComparedValue> Values)
{
    /// <summary>How many values a comparison or a timeline takes at most.</summary>
    public const int MaxValues = 10;

    /// <summary>How many values (those with most matches) a comparison or a timeline takes when none are named.</summary>
    public const int DefaultValues = 5;
}
