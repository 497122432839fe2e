using Search.Core.Searching;

namespace Search.Core.Copies;

/// <summary>
/// One article of a story's cluster, with what it changes against the original (nothing for the original itself) and the
/// outlet it names as its source (<c>Credits</c>), if it names one.
/// </summary>
public sealed record CopyView(CopyRef Article, string? Title, string? Site, bool IsOriginal, string? Credits, IReadOnlyList<ParagraphChange> Changes)
{
    public int Added => Changes.Count(c => c.Kind == ParagraphChangeKind.Added);

    public int Removed => Changes.Count(c => c.Kind == ParagraphChangeKind.Removed);
}

/// <summary>The cluster of copies of the article <paramref name="Id"/>: empty when it has none.</summary>
public sealed record CopiesResult(string Id, CopyRef? Original, string? Rule, IReadOnlyList<CopyView> Members);
