using System.Collections.Concurrent;
using System.Diagnostics;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Search.Core.Enrichment;
using Search.Core.Ingest;
using Search.Core.Model;
using Search.Core.Schema;

namespace Search.Core.Indexing;

/// <summary>
/// Reads, enriches and upserts articles into the index at <c>indexPath</c>: one <see cref="IndexWriter"/>, several
/// enrichment threads, an article replaced when its content hash changed and skipped when not, periodic commits so a
/// killed run leaves the last commit searchable. A second indexer on the same folder gets <see cref="IndexLockedException"/>.
/// </summary>
public sealed class ArticleIndexer(ArticleEnricher enricher)
{
    public IndexRunSummary Run(IEnumerable<string> paths, string indexPath, IndexRunOptions options,
        IProgress<IndexProgress>? progress = null, CancellationToken cancel = default) =>
        Run(CorpusReader.Read(paths), indexPath, options, progress, cancel);

    /// <summary>Indexes documents from any reader (the corpus files, or an index read back by <see cref="Reindexer"/>).</summary>
    public IndexRunSummary Run(IEnumerable<IngestItem> items, string indexPath, IndexRunOptions options,
        IProgress<IndexProgress>? progress = null, CancellationToken cancel = default)
    {
        var clock = Stopwatch.StartNew();
        using var guard = WriterGuard.Acquire(indexPath);
        using var directory = options.OpenDirectory?.Invoke(indexPath) ?? IndexStore.Open(indexPath);
        var config = IndexStore.WriterConfig(indexPath, options.Rebuild ? OpenMode.CREATE : OpenMode.CREATE_OR_APPEND);
        if (!options.Rebuild && DirectoryReader.IndexExists(directory))
        {
            IndexStore.CheckSchema(directory, indexPath);
        }
        IndexWriter writer;
        try
        {
            writer = new IndexWriter(directory, config);
        }
        catch (LockObtainFailedException e)
        {
            throw new IndexLockedException(indexPath, e);
        }
        catch (Exception e) when (e is IOException or CorruptIndexException)
        {
            throw new IndexUnusableException(indexPath, $"the index files are damaged ({e.GetType().Name}: {e.Message.Split('\n')[0].Trim()})");
        }

        try
        {
            return Write(writer, items, options, progress, clock, cancel);
        }
        catch (Exception e) when (DiskSpace.IsFull(e))
        {
            // Nothing of this run after its last commit is kept, and nothing is committed half-written.
            writer.Rollback();
            throw new DiskFullException(indexPath, e);
        }
        finally
        {
            writer.Dispose();
        }
    }

    private IndexRunSummary Write(IndexWriter writer, IEnumerable<IngestItem> items, IndexRunOptions options,
        IProgress<IndexProgress>? progress, Stopwatch clock, CancellationToken cancel)
    {
        var existing = options.Rebuild ? new Dictionary<string, string>() : ExistingHashes(writer);
        // id → the read order of the copy written; copies read again in this run wait for the end (below).
        var seen = new ConcurrentDictionary<string, long>(StringComparer.Ordinal);
        var rereads = new ConcurrentQueue<(long Order, Article Article, string Hash, SourceDocument Source)>();
        var problems = new ConcurrentQueue<IngestProblem>();
        int read = 0, added = 0, updated = 0, unchanged = 0;
        long textBytes = 0, enrichTicks = 0;

        ReusableDocument Process((IngestItem Item, long Order) next, ParallelLoopState _, ReusableDocument fields)
        {
            var (item, order) = next;
            if (item.Problem is { } problem)
            {
                problems.Enqueue(problem);
            }
            if (item.Document is not { } doc)
            {
                return fields;
            }
            Interlocked.Increment(ref read);
            var started = Stopwatch.GetTimestamp();
            var notes = new List<string>(0);
            var article = enricher.Enrich(doc, notes);
            foreach (var note in notes)
            {
                problems.Enqueue(new IngestProblem(doc.Source, null, note, Skipped: false));
            }
            var hash = ArticleDocument.ContentHash(article);
            Interlocked.Add(ref enrichTicks, Stopwatch.GetTimestamp() - started);
            Interlocked.Add(ref textBytes, article.Text.Length);
            if (!seen.TryAdd(article.Id, order))
            {
                problems.Enqueue(new IngestProblem(doc.Source, null, $"id '{article.Id}' was already read in this run; this copy replaces it", Skipped: false));
                rereads.Enqueue((order, article, hash, doc));
                return fields;
            }
            if (existing.TryGetValue(article.Id, out var oldHash))
            {
                if (oldHash == hash)
                {
                    Interlocked.Increment(ref unchanged);
                    return fields;
                }
                Interlocked.Increment(ref updated);
                writer.UpdateDocument(IndexFields.IdTerm(article.Id), fields.Fill(article, hash, doc.Added ?? options.Clock.GetUtcNow(), doc));
            }
            else
            {
                // A new id needs no delete: adding skips resolving a delete term against every segment at each flush.
                Interlocked.Increment(ref added);
                writer.AddDocument(fields.Fill(article, hash, doc.Added ?? options.Clock.GetUtcNow(), doc));
            }
            return fields;
        }

        var work = Task.Run(() => Parallel.ForEach(
            System.Collections.Concurrent.Partitioner.Create(items.Select((item, i) => (item, (long)i)), EnumerablePartitionerOptions.NoBuffering),
            new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Threads), CancellationToken = cancel },
            () => new ReusableDocument(), Process, _ => { }), cancel);

        var lastCommit = clock.Elapsed;
        var tick = TimeSpan.FromTicks(Math.Min(TimeSpan.FromSeconds(1).Ticks, Math.Max(options.CommitInterval.Ticks, TimeSpan.FromMilliseconds(50).Ticks)));
        while (!work.Wait(tick))
        {
            progress?.Report(new IndexProgress(read, added + updated, problems.Count(p => p.Skipped), textBytes, clock.Elapsed));
            if (clock.Elapsed - lastCommit >= options.CommitInterval)
            {
                writer.SetCommitData(IndexStore.CommitData());
                writer.Commit();
                lastCommit = clock.Elapsed;
            }
        }
        work.GetAwaiter().GetResult();
        updated += ReplaceWithLastRead(writer, seen, rereads, options.Clock);

        var deleted = 0;
        if (options.Prune)
        {
            foreach (var id in existing.Keys.Where(id => !seen.ContainsKey(id)))
            {
                writer.DeleteDocuments(IndexFields.IdTerm(id));
                deleted++;
            }
        }
        writer.SetCommitData(IndexStore.CommitData());
        writer.Commit();
        progress?.Report(new IndexProgress(read, added + updated, problems.Count(p => p.Skipped), textBytes, clock.Elapsed));
        return new IndexRunSummary(read, added, updated, unchanged, deleted, textBytes, clock.Elapsed,
            TimeSpan.FromSeconds(enrichTicks / (double)Stopwatch.Frequency), problems.ToList());
    }

    // An id read more than once in a run: the copy read last is the one kept, whichever thread finished first.
    private static int ReplaceWithLastRead(IndexWriter writer, ConcurrentDictionary<string, long> seen,
        IEnumerable<(long Order, Article Article, string Hash, SourceDocument Source)> rereads, TimeProvider clock)
    {
        var replaced = 0;
        var fields = new ReusableDocument();
        foreach (var last in rereads.GroupBy(r => r.Article.Id).Select(g => g.MaxBy(r => r.Order)))
        {
            if (last.Order > seen[last.Article.Id])
            {
                writer.UpdateDocument(IndexFields.IdTerm(last.Article.Id), fields.Fill(last.Article, last.Hash, last.Source.Added ?? clock.GetUtcNow(), last.Source));
                replaced++;
            }
        }
        return replaced;
    }

    /// <summary>id → content hash of every live article, from doc values (no stored-field reads).</summary>
    private static Dictionary<string, string> ExistingHashes(IndexWriter writer)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        using var reader = DirectoryReader.Open(writer, applyAllDeletes: true);
        foreach (var leaf in reader.Leaves)
        {
            var atomic = leaf.AtomicReader;
            var ids = atomic.GetSortedDocValues(IndexFields.IdSort);
            var hashes = atomic.GetBinaryDocValues(IndexFields.Hash);
            if (ids is null || hashes is null)
            {
                continue;
            }
            var live = atomic.LiveDocs;
            var id = new Lucene.Net.Util.BytesRef();
            var hash = new Lucene.Net.Util.BytesRef();
            for (var doc = 0; doc < atomic.MaxDoc; doc++)
            {
                if (live is not null && !live.Get(doc))
                {
                    continue;
                }
                ids.Get(doc, id);
                hashes.Get(doc, hash);
                result[id.Utf8ToString()] = hash.Utf8ToString();
            }
        }
        return result;
    }
}
