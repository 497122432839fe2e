using Lucene.Net.Store;
using Directory = Lucene.Net.Store.Directory;

namespace Search.Core.Tests.Indexing;

/// <summary>
/// A directory whose disk fills up: writes pass to the folder until <c>budget</c> bytes have been written through it,
/// then every write throws the IOException a full disk gives on Linux (ENOSPC, "No space left on device").
/// </summary>
public sealed class FullDiskDirectory(Directory inner, long budget) : FilterDirectory(inner)
{
    private long _written;

    public static Func<string, Directory> Opening(long budget) => path => new FullDiskDirectory(Search.Core.Indexing.IndexStore.Open(path), budget);

    public bool Filled => Interlocked.Read(ref _written) > budget;

    public override IndexOutput CreateOutput(string name, IOContext context) => new Output(base.CreateOutput(name, context), this);

    private void Spend(int bytes)
    {
        if (Interlocked.Add(ref _written, bytes) > budget)
        {
            throw new IOException("No space left on device", 28);
        }
    }

    private sealed class Output(IndexOutput inner, FullDiskDirectory disk) : IndexOutput
    {
        public override void WriteByte(byte b)
        {
            disk.Spend(1);
            inner.WriteByte(b);
        }

        public override void WriteBytes(byte[] b, int offset, int length)
        {
            disk.Spend(length);
            inner.WriteBytes(b, offset, length);
        }

        public override void Flush() => inner.Flush();

        public override long Position => inner.Position;

        public override long Checksum => inner.Checksum;

        [Obsolete("as Lucene's")]
        public override void Seek(long pos) => inner.Seek(pos);

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }
        }
    }
}
