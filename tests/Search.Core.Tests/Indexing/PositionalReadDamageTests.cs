using Lucene.Net.Store;
using Search.Core.Indexing;

namespace Search.Core.Tests.Indexing;

public class PositionalReadDamageTests
{
    [Fact]
    public void ANegativePointer_ReadsAsADamagedFile_NotAnArgumentError()
    {
        var folder = TestPaths.NewTempFolder();
        File.WriteAllBytes(Path.Combine(folder, "f.bin"), new byte[64]);
        using var directory = new PositionalReadDirectory(new DirectoryInfo(folder));
        using var input = directory.OpenInput("f.bin", IOContext.DEFAULT);
        Assert.Throws<EndOfStreamException>(() => input.Seek(-5));
    }
}
