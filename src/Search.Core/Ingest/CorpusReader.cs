namespace Search.Core.Ingest;

/// <summary>
/// Walks files and folders (recursively), picks a reader by file extension, applies sidecar metadata and assigns stable ids.
/// Never throws for bad input: every unusable file or line comes out as an <see cref="IngestProblem"/>.
/// </summary>
public static class CorpusReader
{
    public const string SidecarSuffix = ".meta.json";

    private static readonly Dictionary<string, Func<string, string, IEnumerable<IngestItem>>> Readers =
        new(StringComparer.OrdinalIgnoreCase)
        {
            [".txt"] = PageTextReader.Read,
            [".text"] = PageTextReader.Read,
            [".html"] = HtmlPageReader.Read,
            [".htm"] = HtmlPageReader.Read,
            [".jsonl"] = JsonLinesReader.Read,
            [".ndjson"] = JsonLinesReader.Read,
            [".csv"] = CsvArticleReader.Read,
            [".warc"] = WarcReader.Read,
        };

    /// <summary>File extensions the corpus reader understands, each also with <c>.gz</c> after it.</summary>
    public static IReadOnlyCollection<string> Extensions => Readers.Keys;

    public static IEnumerable<IngestItem> Read(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            var full = Path.GetFullPath(path);
            if (Directory.Exists(full))
            {
                foreach (var item in ReadFolder(full))
                {
                    yield return item;
                }
            }
            else if (File.Exists(full))
            {
                var root = Path.GetDirectoryName(full)!;
                foreach (var item in ReadFile(full, root, explicitlyNamed: true))
                {
                    yield return item;
                }
            }
            else
            {
                yield return IngestItem.Fail(new IngestProblem(path, null, "no such file or folder"));
            }
        }
    }

    private static IEnumerable<IngestItem> ReadFolder(string root)
    {
        var pending = new Stack<string>();
        pending.Push(root);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (pending.Count > 0)
        {
            var dir = pending.Pop();
            // A symlink loop would bring a folder back under another name: follow each real folder once.
            var real = RealPath(dir);
            if (!seen.Add(real))
            {
                yield return IngestItem.Fail(new IngestProblem(Relative(root, dir), null, "folder visited already (symbolic link loop); skipped"));
                continue;
            }

            string[] files = [], dirs = [];
            string? error = null;
            try
            {
                files = Directory.GetFiles(dir);
                dirs = Directory.GetDirectories(dir);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                error = e.Message;
            }
            if (error is not null)
            {
                yield return IngestItem.Fail(new IngestProblem(Relative(root, dir), null, $"folder cannot be read: {error}"));
                continue;
            }

            Array.Sort(files, StringComparer.Ordinal);
            foreach (var file in files)
            {
                foreach (var item in ReadFile(file, root, explicitlyNamed: false))
                {
                    yield return item;
                }
            }
            Array.Sort(dirs, StringComparer.Ordinal);
            for (var i = dirs.Length - 1; i >= 0; i--)
            {
                pending.Push(dirs[i]);
            }
        }
    }

    private static IEnumerable<IngestItem> ReadFile(string file, string root, bool explicitlyNamed)
    {
        var name = Path.GetFileName(file);
        var relative = Relative(root, file);
        if (name.EndsWith(SidecarSuffix, StringComparison.OrdinalIgnoreCase) || name.StartsWith('.'))
        {
            yield break;
        }
        if (!Readers.TryGetValue(Compressed.FormatExtension(file), out var reader))
        {
            // Never silent: a folder of files the indexer passes over says so, file by file, and the summary counts them.
            var type = Path.GetExtension(file) is { Length: > 0 } ext ? ext.ToLowerInvariant() : "(no extension)";
            yield return IngestItem.Fail(new IngestProblem(relative, null,
                $"not read: the indexer does not read '{type}' files (it reads {string.Join(", ", Readers.Keys)}, each also gzip-compressed as .gz)",
                Skipped: explicitlyNamed, UnreadType: type));
            yield break;
        }

        var sidecar = SidecarMetadata.Find(file, relative);
        if (sidecar.Problem is { } sidecarProblem)
        {
            yield return IngestItem.Fail(sidecarProblem);
        }

        foreach (var item in reader(file, relative))
        {
            if (item.Document is { } doc)
            {
                var merged = sidecar.Metadata is { } meta ? meta.ApplyTo(doc) : doc;
                yield return IngestItem.Of(merged);
            }
            else
            {
                yield return item;
            }
        }
    }

    private static string RealPath(string dir)
    {
        try
        {
            var info = new DirectoryInfo(dir);
            return info.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? info.FullName;
        }
        catch (IOException)
        {
            return dir;
        }
    }

    internal static string Relative(string root, string path) =>
        Path.GetRelativePath(root, path).Replace(Path.DirectorySeparatorChar, '/');
}
