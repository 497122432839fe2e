using System.Collections.Concurrent;
using System.Diagnostics;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Search.Core.Enrichment;
using Search.Core.Ingest;

namespace Search.Core.Indexing;

/// <summary>
/// Reads, enriches and upserts articles into the index at <c>indexPath</c>: one <see cref="IndexWriter"/>, several
/// enrichment threads, an article replaced when its content hash changed and skipped when not, periodic commits so a
/// killed run leaves the last commit searchable. A second indexer on the same folder gets <see cref="IndexLockedException"/>.
/// </summary>
public sealed class ArticleIndexer(ArticleEnricher enricher)
{
    public IndexRunSummary Run(IEnumerable<string> paths, string indexPath, IndexRunOptions options,
        IProgress<IndexProgress>? progress = null, CancellationToken cancel = default)
    {
        var clock = Stopwatch.StartNew();
        using var guard = WriterGuard.Acquire(indexPath);
        using var directory = IndexStore.Open(indexPath);
        var config = new IndexWriterConfig(NewsAnalyzer.Version, IndexStore.Analyzer)
        {
            OpenMode = options.Rebuild ? OpenMode.CREATE : OpenMode.CREATE_OR_APPEND,
            RAMBufferSizeMB = 256,
            // Plain segment files, not compound ones: searches read them through larger buffers (IndexStore).
            UseCompoundFile = false,
            MergePolicy = new TieredMergePolicy { NoCFSRatio = 0 },
        };
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

        using (writer)
        {
            var existing = options.Rebuild ? new Dictionary<string, string>() : ExistingHashes(writer);
            var seen = new ConcurrentDictionary<string, byte>(StringComparer.Ordinal);
            var problems = new ConcurrentQueue<IngestProblem>();
            int read = 0, added = 0, updated = 0, unchanged = 0;
            long textBytes = 0, enrichTicks = 0;

            void Process(IngestItem item)
            {
                if (item.Problem is { } problem)
                {
                    problems.Enqueue(problem);
                }
                if (item.Document is not { } doc)
                {
                    return;
                }
                Interlocked.Increment(ref read);
                var started = Stopwatch.GetTimestamp();
                var article = enricher.Enrich(doc);
                var hash = ArticleEnricher.ContentHash(article);
                Interlocked.Add(ref enrichTicks, Stopwatch.GetTimestamp() - started);
                Interlocked.Add(ref textBytes, article.Text.Length);
                if (!seen.TryAdd(article.Id, 0))
                {
                    problems.Enqueue(new IngestProblem(doc.Source, null, $"id '{article.Id}' was already read in this run; this copy replaces it", Skipped: false));
                }
                if (existing.TryGetValue(article.Id, out var oldHash))
                {
                    if (oldHash == hash)
                    {
                        Interlocked.Increment(ref unchanged);
                        return;
                    }
                    Interlocked.Increment(ref updated);
                }
                else
                {
                    Interlocked.Increment(ref added);
                }
                writer.UpdateDocument(ArticleDocument.IdTerm(article.Id), ArticleDocument.Build(article, hash));
            }

            var work = Task.Run(() => Parallel.ForEach(
                System.Collections.Concurrent.Partitioner.Create(CorpusReader.Read(paths), EnumerablePartitionerOptions.NoBuffering),
                new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Threads), CancellationToken = cancel },
                Process), cancel);

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

            var deleted = 0;
            if (options.Prune)
            {
                foreach (var id in existing.Keys.Where(id => !seen.ContainsKey(id)))
                {
                    writer.DeleteDocuments(ArticleDocument.IdTerm(id));
                    deleted++;
                }
            }
            writer.SetCommitData(IndexStore.CommitData());
            writer.Commit();
            progress?.Report(new IndexProgress(read, added + updated, problems.Count(p => p.Skipped), textBytes, clock.Elapsed));
            return new IndexRunSummary(read, added, updated, unchanged, deleted, textBytes, clock.Elapsed,
                TimeSpan.FromSeconds(enrichTicks / (double)Stopwatch.Frequency), problems.ToList());
        }
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
