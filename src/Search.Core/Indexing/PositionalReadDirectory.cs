using Lucene.Net.Store;
using Microsoft.Win32.SafeHandles;

namespace Search.Core.Indexing;

/// <summary>
/// Lucene's file directory reading with positional reads (<c>pread</c>, .NET's <see cref="RandomAccess.Read(SafeFileHandle, Span{byte}, long)"/>).
/// Lucene.Net's <c>NIOFSDirectory</c> refills each buffer through a shared <see cref="FileStream"/>: a lock per file,
/// a length check, a seek, a read through the stream's own buffer and a seek back — four system calls and a copy per
/// refill, and every search thread queued on one lock. A positional read is one system call with no lock, which is
/// what Java Lucene's NIOFSDirectory does. Writing is FSDirectory's own. (MMapDirectory would avoid system calls
/// altogether, but in this Lucene.Net version it is slower under concurrent search and crashes with SearcherManager:
/// apache/lucenenet#1013, #1151.)
/// </summary>
public sealed class PositionalReadDirectory(DirectoryInfo path) : FSDirectory(path, null)
{
    public override IndexInput OpenInput(string name, IOContext context)
    {
        EnsureOpen();
        var file = Path.Combine(Directory.FullName, name);
        var handle = File.OpenHandle(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        return new Input($"PositionalReadIndexInput(path=\"{file}\")", handle, BufferedIndexInput.GetBufferSize(context));
    }

    private sealed class Input(string description, SafeFileHandle handle, int bufferSize) : BufferedIndexInput(description, bufferSize)
    {
        private readonly long _length = RandomAccess.GetLength(handle);

        // Clones share the handle; only the input the directory opened closes it (Lucene never closes clones).
        private bool _isClone;

        public override long Length => _length;

        protected override void ReadInternal(byte[] b, int offset, int length)
        {
            var position = Position;
            // A damaged file can hold a negative or too-large pointer: both are a damaged index, never another exception.
            if (position < 0 || position + length > _length)
            {
                throw new EndOfStreamException($"read past EOF: {this} (at {position}, {length} bytes, length {_length})");
            }
            while (length > 0)
            {
                var read = RandomAccess.Read(handle, b.AsSpan(offset, length), position);
                if (read <= 0)
                {
                    throw new EndOfStreamException($"read past EOF: {this} (at {position}, {length} bytes, length {_length})");
                }
                position += read;
                offset += read;
                length -= read;
            }
        }

        protected override void SeekInternal(long pos)
        {
            if (pos < 0 || pos > _length)
            {
                throw new EndOfStreamException($"seek past EOF: {this} (to {pos}, length {_length})");
            }
        }

        public override object Clone()
        {
            var clone = (Input)base.Clone();
            clone._isClone = true;
            return clone;
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing && !_isClone)
            {
                handle.Dispose();
            }
        }
    }
}
