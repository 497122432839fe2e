using System.IO.Compression;

namespace Search.Core.Ingest;

/// <summary>
/// Files as a crawl keeps them, gzip-compressed (<c>story.html.gz</c>, <c>articles.jsonl.gz</c>): read as the format
/// before <c>.gz</c>. A damaged archive surfaces as an <see cref="IOException"/> naming it, which every reader reports
/// as a problem with the file (or line) and goes on.
/// </summary>
public static class Compressed
{
    public const string GzipSuffix = ".gz";

    public static bool IsGzip(string path) => path.EndsWith(GzipSuffix, StringComparison.OrdinalIgnoreCase);

    /// <summary>The extension that picks the reader: <c>.html</c> for both <c>a.html</c> and <c>a.html.gz</c>.</summary>
    public static string FormatExtension(string path) => Path.GetExtension(IsGzip(path) ? path[..^GzipSuffix.Length] : path);

    /// <summary>The file's bytes, decompressed when gzip; at most <paramref name="maxBytes"/> (one more tells the caller it is over).</summary>
    public static byte[] ReadAllBytes(string path, long maxBytes)
    {
        if (!IsGzip(path))
        {
            return File.ReadAllBytes(path);
        }
        using var input = Open(path);
        using var output = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while ((read = input.Read(buffer)) > 0)
        {
            output.Write(buffer, 0, read);
            if (output.Length > maxBytes)
            {
                break;
            }
        }
        return output.ToArray();
    }

    /// <summary>A stream of the file's content, decompressed when gzip.</summary>
    public static Stream Open(string path)
    {
        var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        return IsGzip(path) ? new GzipContent(new GZipStream(file, CompressionMode.Decompress), path) : file;
    }

    // GZipStream reports a damaged archive with InvalidDataException, the readers handle I/O failures as IOException. A
    // cut-short archive GZipStream ends quietly: its last four bytes, which in a whole one give the size of the last
    // member's content, then read as a random number, almost always larger than what came out. (Several members, as
    // bgzip writes, give more than the last member's size, never less.)
    private sealed class GzipContent(GZipStream inner, string path) : Stream
    {
        private long _read;
        private bool _checked;

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            int read;
            try
            {
                read = inner.Read(buffer, offset, count);
            }
            catch (InvalidDataException e)
            {
                throw new IOException($"not valid gzip ({e.Message})", e);
            }
            _read += read;
            if (read == 0 && count > 0 && !_checked)
            {
                _checked = true;
                CheckWhole();
            }
            return read;
        }

        private void CheckWhole()
        {
            using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
            if (file.Length < 18 || file.Length >= uint.MaxValue)
            {
                return;
            }
            file.Seek(-4, SeekOrigin.End);
            Span<byte> size = stackalloc byte[4];
            file.ReadExactly(size);
            if ((uint)_read < System.Buffers.Binary.BinaryPrimitives.ReadUInt32LittleEndian(size))
            {
                throw new IOException($"not valid gzip: the archive is cut short or damaged ({_read:N0} bytes came out of it)");
            }
        }

        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }
            base.Dispose(disposing);
        }
    }
}
