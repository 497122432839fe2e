using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Search.Core.Ingest;

/// <summary>
/// Reads web archives (WARC 1.0 and 1.1, ISO 28500: <c>.warc</c>, <c>.warc.gz</c>), as Heritrix, <c>wget --warc-file</c>,
/// browsertrix and Common Crawl's news crawl write them. Each HTML page fetched with status 200 (a <c>response</c>
/// record) is an article: its body read as <see cref="HtmlPageReader"/> reads a saved page, its <c>WARC-Target-URI</c>
/// the URL when the page names no canonical one, and its <c>WARC-Date</c> kept as when it was fetched — never as when
/// it was published. Redirects, errors, other content types and pages already read (or <c>revisit</c> records) are
/// skipped and counted in one line at the file's end; requests, metadata and the like are no articles.
/// </summary>
public static class WarcReader
{
    private const int MaxRecordBytes = (int)SourceFile.MaxBytes;



    public static IEnumerable<IngestItem> Read(string file, string relative)
    {
        var (stream, openError) = Open(file);
        if (stream is null)
        {
            yield return IngestItem.Fail(new IngestProblem(relative, null, $"cannot be read: {openError}"));
            yield break;
        }
        var skipped = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var records = 0;
        using (stream)
        {
            while (true)
            {
                var (record, error) = Next(stream);
                if (error is not null)
                {
                    yield return IngestItem.Fail(new IngestProblem(relative, null, $"record {records + 1}: {error}; the records after it are not read"));
                    break;
                }
                if (record is null)
                {
                    break;
                }
                records++;
                var (item, reason) = Article(record, $"{relative}#{records}", seen);
                if (reason is not null)
                {
                    skipped[reason] = skipped.GetValueOrDefault(reason) + 1;
                }
                if (item is { } found)
                {
                    yield return found;
                }
            }
        }
        if (records == 0)
        {
            yield return IngestItem.Fail(new IngestProblem(relative, null, "no WARC records in the file"));
        }
        else if (skipped.Count > 0)
        {
            yield return IngestItem.Fail(new IngestProblem(relative, null,
                $"{skipped.Values.Sum()} of {records} records skipped: {string.Join(", ", skipped.Select(kv => $"{kv.Value} {kv.Key}"))}", Skipped: false));
        }
    }

    private static (Stream? Stream, string? Error) Open(string file)
    {
        try
        {
            return (new BufferedStream(Compressed.Open(file), 1 << 16), null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, e.Message);
        }
    }

    private sealed record Record(Dictionary<string, string> Headers, byte[]? Block);

    private static (IngestItem? Item, string? Skipped) Article(Record record, string source, HashSet<string> seen)
    {
        var type = record.Headers.GetValueOrDefault("warc-type", "");
        if (type.Equals("revisit", StringComparison.OrdinalIgnoreCase))
        {
            return (null, "duplicates");
        }
        if (!type.Equals("response", StringComparison.OrdinalIgnoreCase))
        {
            return (null, null);
        }
        if (record.Block is null)
        {
            return (null, "too large");
        }
        var uri = record.Headers.GetValueOrDefault("warc-target-uri")?.Trim('<', '>', ' ');
        if (!HttpResponse.TryParse(record.Block, out var response))
        {
            return (null, "not HTTP responses");
        }
        if (response.Status is >= 300 and < 400)
        {
            return (null, "redirects");
        }
        if (response.Status != 200)
        {
            return (null, "errors");
        }
        var contentType = response.Header("content-type") ?? "";
        if (!contentType.Contains("html", StringComparison.OrdinalIgnoreCase))
        {
            return (null, "not HTML");
        }
        if (uri is not null && !seen.Add(uri))
        {
            return (null, "duplicates");
        }
        byte[] body;
        try
        {
            body = response.DecodedBody();
        }
        catch (Exception e) when (e is InvalidDataException or IOException or FormatException)
        {
            return (IngestItem.Fail(new IngestProblem(source, null, $"{uri}: the body cannot be decoded ({e.Message})")), "undecodable");
        }
        var html = Decode(body, contentType);
        var doc = HtmlPageReader.Parse(html, source, uri);
        if (doc is null)
        {
            return (IngestItem.Fail(new IngestProblem(source, null, $"{uri}: no article text found in the HTML page")), null);
        }
        DateTimeOffset? fetched = DateTimeOffset.TryParse(record.Headers.GetValueOrDefault("warc-date"), CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal, out var date) ? date.ToUniversalTime() : null;
        return (IngestItem.Of(doc with { Fetched = fetched }), null);
    }

    // The charset the HTTP header names, else the page's own meta tag, else UTF-8.
    private static string Decode(byte[] body, string contentType) => (Charsets.Declared(body, contentType) ?? Encoding.UTF8).GetString(body);

    // One record: its header lines up to a blank line, then Content-Length bytes of block, then two line ends.
    private static (Record? Record, string? Error) Next(Stream stream)
    {
        try
        {
            string? first;
            do
            {
                first = ReadLine(stream);
            }
            while (first is { Length: 0 });
            if (first is null)
            {
                return (null, null);
            }
            if (!first.StartsWith("WARC/", StringComparison.Ordinal))
            {
                return (null, $"not a WARC record (it starts \"{first[..Math.Min(first.Length, 40)]}\")");
            }
            var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            for (var line = ReadLine(stream); !string.IsNullOrEmpty(line); line = ReadLine(stream))
            {
                var colon = line.IndexOf(':');
                if (colon > 0)
                {
                    headers[line[..colon].Trim().ToLowerInvariant()] = line[(colon + 1)..].Trim();
                }
            }
            if (!long.TryParse(headers.GetValueOrDefault("content-length"), NumberStyles.None, CultureInfo.InvariantCulture, out var length) || length < 0)
            {
                return (null, "no valid Content-Length");
            }
            byte[]? block = null;
            if (length <= MaxRecordBytes)
            {
                block = new byte[length];
                stream.ReadExactly(block);
            }
            else
            {
                Skip(stream, length);
            }
            return (new Record(headers, block), null);
        }
        catch (EndOfStreamException)
        {
            return (null, "the file ends inside the record");
        }
        catch (IOException e)
        {
            return (null, e.Message);
        }
    }

    private static void Skip(Stream stream, long length)
    {
        var buffer = new byte[81920];
        while (length > 0)
        {
            var read = stream.Read(buffer, 0, (int)Math.Min(buffer.Length, length));
            if (read == 0)
            {
                throw new EndOfStreamException();
            }
            length -= read;
        }
    }

    // A header line, in ASCII (WARC and HTTP headers are), without its line end; null at the end of the stream.
    internal static string? ReadLine(Stream stream)
    {
        var bytes = new List<byte>(80);
        while (true)
        {
            var b = stream.ReadByte();
            if (b < 0)
            {
                return bytes.Count == 0 ? null : Encoding.Latin1.GetString(bytes.ToArray());
            }
            if (b == '\n')
            {
                return Encoding.Latin1.GetString(bytes.ToArray()).TrimEnd('\r');
            }
            if (bytes.Count > 64 * 1024)
            {
                throw new IOException("a header line is longer than 64 KB");
            }
            bytes.Add((byte)b);
        }
    }
}
