using System.Diagnostics;
using Lucene.Net.Index;
using Search.Core.Enrichment;
using Search.Core.Ingest;
using Search.Core.Model;
using Search.Core.Schema;

namespace Search.Core.Indexing;

/// <summary>
/// Rebuilds an index from what it holds (<c>reindex</c>): every article's stored source document goes through this
/// version's enrichment and analysis again, keeping its id, URL, arrival time and the source's own fields; no original
/// file is needed. The new index is built in a folder beside the old one (<see cref="WorkPath"/>), then switched in with
/// one Lucene commit that replaces every segment, so a service keeps serving the old articles until the switch and picks
/// up the new ones at its next refresh. A run that is killed or fails leaves the served index as it was; the next run
/// starts the build again. An index of an older layout (<see cref="IndexFields.ReindexableLayouts"/>) is read too; one
/// of layout 6 kept no source documents, so its articles are read back as their stored body and metadata.
/// </summary>
public sealed class Reindexer(ArticleEnricher enricher)
{
    public const string WorkSuffix = ".reindexing";

    public static string WorkPath(string indexPath) => Path.TrimEndingDirectorySeparator(Path.GetFullPath(indexPath)) + WorkSuffix;

    public ReindexSummary Run(string indexPath, IndexRunOptions options, IProgress<IndexProgress>? progress = null, CancellationToken cancel = default)
    {
        var clock = Stopwatch.StartNew();
        // Held to the end: an indexer adding articles meanwhile would lose them at the switch.
        using var guard = WriterGuard.Acquire(indexPath);
        using var directory = options.OpenDirectory?.Invoke(indexPath) ?? IndexStore.Open(indexPath);
        var layout = IndexStore.Layout(directory, indexPath);
        if (!IndexFields.ReindexableLayouts.Contains(layout))
        {
            throw new IndexUnusableException(indexPath, $"the index's layout {layout} is too old to rebuild from itself (this version reads layouts {string.Join(", ", IndexFields.ReindexableLayouts.Order())})");
        }
        var work = WorkPath(indexPath);
        DeleteFolder(work);
        try
        {
            IndexRunSummary built;
            int before;
            using (var reader = DirectoryReader.Open(directory))
            {
                before = reader.NumDocs;
                built = new ArticleIndexer(enricher).Run(ReadBack(reader), work, options with { Rebuild = true, Prune = false }, progress, cancel);
            }
            var switched = Stopwatch.StartNew();
            SwitchTo(directory, indexPath, work, options);
            return new ReindexSummary(layout, before, built, switched.Elapsed, clock.Elapsed);
        }
        finally
        {
            DeleteFolder(work);
        }
    }

    /// <summary>Every live article of the index as the source document it was enriched from.</summary>
    internal static IEnumerable<IngestItem> ReadBack(DirectoryReader reader)
    {
        var fields = new HashSet<string> { IndexFields.SourceDocument };
        foreach (var leaf in reader.Leaves)
        {
            var atomic = leaf.AtomicReader;
            var live = atomic.LiveDocs;
            var added = atomic.GetNumericDocValues(IndexFields.Added);
            for (var doc = 0; doc < atomic.MaxDoc; doc++)
            {
                if (live is not null && !live.Get(doc))
                {
                    continue;
                }
                var article = ArticleDocument.Read(atomic, doc, withText: true);
                var arrived = added is null ? (DateTimeOffset?)null : DateTimeOffset.FromUnixTimeMilliseconds(added.Get(doc));
                IngestProblem? problem = null;
                SourceDocument source;
                try
                {
                    source = atomic.Document(doc, fields).GetBinaryValue(IndexFields.SourceDocument) is { } stored
                        ? SourceRecord.FromBytes(stored.Bytes.AsSpan(stored.Offset, stored.Length), () => article.Text)
                        : FromArticle(article);
                }
                catch (InvalidDataException e)
                {
                    problem = new IngestProblem(article.Source ?? article.Id, null, $"{e.Message}; rebuilt from its stored body and metadata", Skipped: false);
                    source = FromArticle(article);
                }
                if (problem is not null)
                {
                    yield return IngestItem.Fail(problem);
                }
                yield return IngestItem.Of(source with { Id = article.Id, Added = arrived });
            }
        }
    }

    // What an index without source documents (layout 6) still knows of an article: its body and what it showed. The
    // fields found on the page around the body are taken as given, since the page is no longer there to read them from.
    private static SourceDocument FromArticle(Article a) => new()
    {
        Source = a.Source ?? a.Id,
        Text = a.Text,
        Kind = TextKind.ArticleText,
        Url = a.Url,
        Title = a.Title,
        Outlet = a.Outlet,
        Site = a.Site,
        Published = a.Published,
        Authors = a.Authors,
    };

    // One commit replaces every segment of the served index with the built ones: readers of the old commit keep their
    // files until they close, and a failure before the commit leaves the old commit as the index.
    private static void SwitchTo(Lucene.Net.Store.Directory served, string indexPath, string work, IndexRunOptions options)
    {
        using var built = IndexStore.Open(work);
        var writer = new IndexWriter(served, IndexStore.WriterConfig(indexPath, OpenMode.CREATE));
        try
        {
            writer.AddIndexes(built);
            writer.SetCommitData(IndexStore.CommitData());
            writer.Commit();
        }
        catch (Exception e) when (DiskSpace.IsFull(e))
        {
            writer.Rollback();
            throw new DiskFullException(indexPath, e);
        }
        finally
        {
            writer.Dispose();
        }
    }

    private static void DeleteFolder(string path)
    {
        if (Directory.Exists(path))
        {
            Directory.Delete(path, recursive: true);
        }
    }
}

/// <summary>What a <c>reindex</c> run did.</summary>
public sealed record ReindexSummary(string FromLayout, int ArticlesBefore, IndexRunSummary Build, TimeSpan Switch, TimeSpan Elapsed)
{
    public override string ToString() =>
        $"rebuilt {Build.Added + Build.Updated:N0} of {ArticlesBefore:N0} articles from layout {FromLayout} into layout {IndexFields.SchemaVersion} " +
        $"in {Elapsed.TotalSeconds:0.0} s ({(Elapsed.TotalSeconds > 0 ? Build.Read / Elapsed.TotalSeconds : 0):0} articles/s; switch {Switch.TotalSeconds:0.0} s)";
}
