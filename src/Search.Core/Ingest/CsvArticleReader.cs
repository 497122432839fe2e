namespace Search.Core.Ingest;

/// <summary>Reads a CSV export with a header row naming the same fields as JSON Lines (<c>text</c>, <c>body</c> or <c>content</c> required).</summary>
public static class CsvArticleReader
{
    public static IEnumerable<IngestItem> Read(string file, string relative)
    {
        var (stream, openError) = TextStream.Open(file);
        if (stream is null)
        {
            yield return IngestItem.Fail(new IngestProblem(relative, null, $"cannot be read: {openError}"));
            yield break;
        }
        using (stream)
        {
            var parser = new CsvRecordParser(stream);
            var (header, headerError) = Next(parser);
            if (headerError is not null)
            {
                yield return IngestItem.Fail(new IngestProblem(relative, null, $"cannot be read: {headerError}"));
                yield break;
            }
            if (header is null)
            {
                yield return IngestItem.Fail(new IngestProblem(relative, null, "file is empty"));
                yield break;
            }
            var columns = header.Value.Fields.Select((name, i) => (name: name.Trim().ToLowerInvariant(), i))
                .GroupBy(c => c.name).ToDictionary(g => g.Key, g => g.First().i);
            var textColumn = MetadataFields.TextNames.Where(columns.ContainsKey).Select(n => columns[n]).Cast<int?>().FirstOrDefault();
            if (textColumn is null)
            {
                yield return IngestItem.Fail(new IngestProblem(relative, 1,
                    $"no text column: the header needs one of {string.Join(", ", MetadataFields.TextNames)} (found: {string.Join(", ", header.Value.Fields)})"));
                yield break;
            }

            while (true)
            {
                var (next, error) = Next(parser);
                if (error is not null)
                {
                    yield return IngestItem.Fail(new IngestProblem(relative, null, $"reading stopped: {error}"));
                    yield break;
                }
                if (next is not { } record)
                {
                    break;
                }
                var (fields, line) = record;
                if (fields.Count == 1 && fields[0].Length == 0)
                {
                    continue;
                }
                string? Get(string name) =>
                    columns.TryGetValue(name, out var i) && i < fields.Count ? MetadataFields.NullIfBlank(fields[i]) : null;
                var text = textColumn.Value < fields.Count ? MetadataFields.NullIfBlank(fields[textColumn.Value]) : null;
                if (text is null)
                {
                    yield return IngestItem.Fail(new IngestProblem(relative, line, "empty text"));
                    continue;
                }
                if (!MetadataFields.TryParseDate(Get("published"), out var published))
                {
                    yield return IngestItem.Fail(new IngestProblem(relative, line, $"'published' is not an ISO 8601 date: '{Get("published")}'"));
                    continue;
                }
                yield return IngestItem.Of(new SourceDocument
                {
                    Source = $"{relative}#{line}",
                    Text = text,
                    Kind = TextKind.ArticleText,
                    Id = Get("id"),
                    Url = Get("url"),
                    Outlet = Get("outlet"),
                    Site = Get("site"),
                    Title = Get("title"),
                    Published = published,
                    Modified = MetadataFields.TryParseDate(Get("modified"), out var modified) ? modified : null,
                    Language = Get("language") ?? Get("lang"),
                    Authors = MetadataFields.SplitAuthors(Get("authors") ?? Get("author")),
                });
            }
        }
    }

    // A file that fails mid-read (a damaged archive, a disk error) ends with a problem; what was read before stays.
    private static ((List<string> Fields, int Line)? Record, string? Error) Next(CsvRecordParser parser)
    {
        try
        {
            return (parser.Next(), null);
        }
        catch (IOException e)
        {
            return (null, e.Message);
        }
    }
}
