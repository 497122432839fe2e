using System.Text.Json;

namespace Search.Core.Ingest;

/// <summary>
/// Reads JSON Lines: one article object per line with <c>id, url, outlet, site, published, title, authors</c> and
/// <c>text</c> (or <c>body</c>, <c>content</c>). Only the text is required; unknown fields are ignored.
/// </summary>
public static class JsonLinesReader
{
    public static IEnumerable<IngestItem> Read(string file, string relative)
    {
        var (reader, openError) = TextStream.Open(file);
        if (reader is null)
        {
            yield return IngestItem.Fail(new IngestProblem(relative, null, $"cannot be read: {openError}"));
            yield break;
        }

        using (reader)
        {
            var lineNumber = 0;
            var any = false;
            while (true)
            {
                var (line, readError) = TextStream.ReadLine(reader);
                if (readError is not null)
                {
                    yield return IngestItem.Fail(new IngestProblem(relative, lineNumber + 1, $"cannot be read: {readError}"));
                    yield break;
                }
                if (line is null)
                {
                    break;
                }
                lineNumber++;
                if (string.IsNullOrWhiteSpace(line))
                {
                    continue;
                }
                any = true;
                yield return ParseLine(line, relative, lineNumber);
            }
            if (!any)
            {
                yield return IngestItem.Fail(new IngestProblem(relative, null, "file is empty"));
            }
        }
    }

    internal static IngestItem ParseLine(string line, string relative, int lineNumber)
    {
        try
        {
            using var json = JsonDocument.Parse(line);
            var obj = json.RootElement;
            if (obj.ValueKind != JsonValueKind.Object)
            {
                return IngestItem.Fail(new IngestProblem(relative, lineNumber, "line is not a JSON object"));
            }
            var text = MetadataFields.TextNames.Select(n => MetadataFields.String(obj, n)).FirstOrDefault(t => t is not null);
            if (text is null)
            {
                return IngestItem.Fail(new IngestProblem(relative, lineNumber, "no article text: expected a 'text', 'body' or 'content' field"));
            }
            if (!MetadataFields.TryParseDate(MetadataFields.String(obj, "published"), out var published))
            {
                return IngestItem.Fail(new IngestProblem(relative, lineNumber, $"'published' is not an ISO 8601 date: '{MetadataFields.String(obj, "published")}'"));
            }
            return IngestItem.Of(new SourceDocument
            {
                Source = $"{relative}#{lineNumber}",
                Text = text,
                Kind = TextKind.ArticleText,
                Id = MetadataFields.String(obj, "id"),
                Url = MetadataFields.String(obj, "url"),
                Outlet = MetadataFields.String(obj, "outlet"),
                Site = MetadataFields.String(obj, "site"),
                Title = MetadataFields.String(obj, "title"),
                Published = published,
                // A 'modified' that is no date is left out: the article is still read.
                Modified = MetadataFields.TryParseDate(MetadataFields.String(obj, "modified"), out var modified) ? modified : null,
                Language = MetadataFields.String(obj, "language") ?? MetadataFields.String(obj, "lang"),
                Authors = MetadataFields.Authors(obj),
            });
        }
        catch (JsonException e)
        {
            return IngestItem.Fail(new IngestProblem(relative, lineNumber, $"malformed JSON: {e.Message}"));
        }
    }
}
