using Lucene.Net.Index;

namespace Search.Core.Indexing;

/// <summary>
/// Checks an index folder with Lucene's <see cref="CheckIndex"/> (<c>verify</c>): every segment opened and every
/// posting, stored field and doc value read back. Held under the writer lock so no indexer changes it meanwhile.
/// </summary>
public static class IndexVerifier
{
    public static IndexCheck Check(string indexPath)
    {
        if (!IndexStore.Exists(indexPath))
        {
            return new IndexCheck(false, 0, 0, [$"no index in {Path.GetFullPath(indexPath)}"]);
        }
        using var guard = WriterGuard.Acquire(indexPath);
        using var directory = IndexStore.Open(indexPath);
        var status = new CheckIndex(directory).DoCheckIndex();
        var problems = new List<string>();
        if (status.MissingSegments)
        {
            problems.Add($"the commit file {status.SegmentsFileName} cannot be read");
        }
        if (status.CantOpenSegments)
        {
            problems.Add("the segments cannot be opened");
        }
        foreach (var segment in status.SegmentInfos.Where(s => !s.OpenReaderPassed))
        {
            problems.Add($"segment {segment.Name} cannot be opened");
        }
        if (status.NumBadSegments > 0)
        {
            problems.Add($"{status.NumBadSegments} damaged segment(s); {status.TotLoseDocCount} article(s) in them");
        }
        var articles = status.SegmentInfos.Sum(s => s.DocCount - (s.HasDeletions ? s.NumDeleted : 0));
        return new IndexCheck(status.Clean && problems.Count == 0, status.NumSegments, articles, problems);
    }
}

/// <summary>The outcome of <see cref="IndexVerifier.Check"/>.</summary>
public sealed record IndexCheck(bool Clean, int Segments, int Articles, IReadOnlyList<string> Problems);
