using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Search.Core.Errors;

namespace Search.Api.Streams;

/// <summary>
/// The one writer of streamed tables, for export and batch: CSV (RFC 4180, UTF-8 with a byte-order mark so spreadsheets
/// read it right, cells a spreadsheet would run as formulas defused) or NDJSON (one JSON object a line), sent as an
/// attachment and flushed as rows are written.
/// </summary>
public sealed class TableStream : IAsyncDisposable
{
    public const string Csv = "csv";
    public const string Ndjson = "ndjson";

    /// <summary>Options for JSON lines as people read them: accents and quotes as themselves, not \u escapes (a new instance each call).</summary>
    public static JsonSerializerOptions LineOptions() => new(JsonSerializerDefaults.Web) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly JsonSerializerOptions JsonLines = LineOptions();

    private readonly StreamWriter _writer;
    private readonly CancellationToken _aborted;

    private TableStream(StreamWriter writer, bool csv, CancellationToken aborted)
    {
        _writer = writer;
        IsCsv = csv;
        _aborted = aborted;
    }

    public bool IsCsv { get; }

    /// <summary>The format asked for, in lower case; anything but csv and ndjson is refused, naming <paramref name="parameter"/>.</summary>
    public static string Format(string asked, string parameter)
    {
        var format = asked.ToLowerInvariant();
        return format is Csv or Ndjson ? format
            : throw new SearchRequestException(ErrorCodes.InvalidFormat, $"{parameter} must be csv or ndjson, not '{asked}'", parameter);
    }

    /// <summary>Starts the answer: content type, an attachment named <paramref name="name"/> with a UTC stamp, and the writer.</summary>
    public static TableStream Start(HttpContext http, string format, string name, int bufferSize = 64 * 1024)
    {
        var csv = format == Csv;
        http.Response.ContentType = csv ? "text/csv; charset=utf-8" : "application/x-ndjson; charset=utf-8";
        var stamp = DateTime.UtcNow.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture);
        http.Response.Headers.ContentDisposition = $"attachment; filename=\"{name}-{stamp}.{format}\"";
        var writer = new StreamWriter(http.Response.Body, new UTF8Encoding(encoderShouldEmitUTF8Identifier: csv), bufferSize);
        return new TableStream(writer, csv, http.RequestAborted);
    }

    /// <summary>The header row (CSV only; NDJSON lines name their fields).</summary>
    public Task HeaderAsync(IEnumerable<string?> names) => IsCsv ? RowAsync(names) : Task.CompletedTask;

    /// <summary>One CSV row.</summary>
    public Task RowAsync(IEnumerable<string?> cells) => _writer.WriteLineAsync(string.Join(',', cells.Select(Cell)));

    /// <summary>One JSON line, written by the source-generated <paramref name="type"/>.</summary>
    public Task JsonAsync<T>(T value, JsonTypeInfo<T> type) => _writer.WriteLineAsync(JsonSerializer.Serialize(value, type));

    /// <summary>One JSON line of named values whose types vary by column (an export's chosen fields).</summary>
    public Task JsonAsync(IReadOnlyDictionary<string, object?> values) => _writer.WriteLineAsync(JsonSerializer.Serialize(values, JsonLines));

    public Task FlushAsync() => _writer.FlushAsync(_aborted);

    public async ValueTask DisposeAsync()
    {
        await _writer.FlushAsync(_aborted);
        await _writer.DisposeAsync();
    }

    /// <summary>
    /// RFC 4180: a field with a comma, quote or line break is quoted, quotes doubled. Article text is untrusted: a
    /// field a spreadsheet would run as a formula (starting with = + - @) gets a leading apostrophe.
    /// </summary>
    public static string Cell(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }
        if (value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }
        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
    }
}
