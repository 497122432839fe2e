using Lucene.Net.Store;
using Search.Core.Indexing;

namespace Search.Core.Tests.Indexing;

public class PositionalReadDirectoryTests
{
    private static (PositionalReadDirectory Directory, byte[] Bytes) FileOf(int length)
    {
        var directory = new PositionalReadDirectory(new DirectoryInfo(TestPaths.NewTempFolder()));
        var bytes = Enumerable.Range(0, length).Select(i => (byte)(i * 31 % 251)).ToArray();
        using (var output = directory.CreateOutput("data.bin", IOContext.DEFAULT))
        {
            output.WriteBytes(bytes, bytes.Length);
        }
        return (directory, bytes);
    }

    [Fact]
    public void ReadsAndSeeksReturnTheBytesWrittenAcrossBufferRefills()
    {
        var (directory, bytes) = FileOf(10_000);
        using var _ = directory;
        using var input = directory.OpenInput("data.bin", IOContext.DEFAULT);
        Assert.Equal(bytes.Length, input.Length);
        foreach (var at in new[] { 0, 1023, 1024, 5000, 9999, 17 })
        {
            input.Seek(at);
            Assert.Equal(bytes[at], input.ReadByte());
        }
        var block = new byte[3000];
        input.Seek(2500);
        input.ReadBytes(block, 0, block.Length);
        Assert.Equal(bytes[2500..5500], block);
    }

    [Fact]
    public void ClonesReadIndependentlyAndOutliveNothingButTheirOriginal()
    {
        var (directory, bytes) = FileOf(4096);
        using var _ = directory;
        var input = directory.OpenInput("data.bin", IOContext.DEFAULT);
        var clone = (IndexInput)input.Clone();
        input.Seek(100);
        clone.Seek(3000);
        Assert.Equal(bytes[100], input.ReadByte());
        Assert.Equal(bytes[3000], clone.ReadByte());
        clone.Dispose(); // a clone's dispose leaves the shared file open
        Assert.Equal(bytes[101], input.ReadByte());
        input.Dispose();
    }

    [Fact]
    public void ReadingPastTheEnd_Throws()
    {
        var (directory, _) = FileOf(10);
        using var __ = directory;
        using var input = directory.OpenInput("data.bin", IOContext.DEFAULT);
        input.Seek(8);
        input.ReadByte();
        input.ReadByte();
        Assert.Throws<EndOfStreamException>(() => input.ReadByte());
    }
}
