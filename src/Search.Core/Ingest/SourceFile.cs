using System.Text;

namespace Search.Core.Ingest;

/// <summary>Reads a file's text safely: size cap, binary detection, UTF-8 with replacement and a warning.</summary>
public static class SourceFile
{
    /// <summary>Files larger than this are skipped (20 MB).</summary>
    public const long MaxBytes = 20L * 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Returns the text, or null with a problem that says why the file cannot be used; a warning may come with text.</summary>
    public static (string? Text, IngestProblem? Problem) ReadText(string path, string displayName)
    {
        byte[] bytes;
        try
        {
            var info = new FileInfo(path);
            if (info.Length > MaxBytes)
            {
                return (null, new IngestProblem(displayName, null, $"file is {info.Length / (1024 * 1024)} MB, over the {MaxBytes / (1024 * 1024)} MB limit"));
            }
            bytes = Compressed.ReadAllBytes(path, MaxBytes);
            if (bytes.Length > MaxBytes)
            {
                return (null, new IngestProblem(displayName, null, $"file decompresses to over the {MaxBytes / (1024 * 1024)} MB limit"));
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, new IngestProblem(displayName, null, $"cannot be read: {e.Message}"));
        }

        if (bytes.Length == 0)
        {
            return (null, new IngestProblem(displayName, null, "file is empty"));
        }
        if (LooksBinary(bytes))
        {
            return (null, new IngestProblem(displayName, null, "file is binary, not text"));
        }

        var start = bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
        try
        {
            return (StrictUtf8.GetString(bytes, start, bytes.Length - start), null);
        }
        catch (DecoderFallbackException) when (Charsets.Declared(bytes) is { } declared && declared.CodePage != Encoding.UTF8.CodePage)
        {
            // Not UTF-8, and the page says what it is (a Latin-1 or Windows-1252 page saved as it was served).
            return (declared.GetString(bytes, start, bytes.Length - start), null);
        }
        catch (DecoderFallbackException e)
        {
            var text = Encoding.UTF8.GetString(bytes, start, bytes.Length - start);
            return (text, new IngestProblem(displayName, null, $"invalid UTF-8 at byte {e.Index + start}; decoded with replacement characters", Skipped: false));
        }
    }

    private static bool LooksBinary(byte[] bytes)
    {
        var head = bytes.AsSpan(0, Math.Min(bytes.Length, 8192));
        return head.Contains((byte)0);
    }
}
