using ArchUnitNET.Domain;
using ArchUnitNET.Loader;
using ArchUnitNET.xUnit;
using Search.Core.Model;
using Search.Tests.Shared;
using static ArchUnitNET.Fluent.Slices.SliceRuleDefinition;

namespace Search.Core.Tests.Architecture;

/// <summary>
/// The library's shape: folders of Search.Core depend on each other in one direction only (no folder reaches back into
/// one that uses it), and no file is longer than a newcomer reads at once.
/// </summary>
public sealed class CoreLayoutTests
{
    private static readonly ArchUnitNET.Domain.Architecture Core =
        new ArchLoader().LoadAssemblies(typeof(Article).Assembly).Build();

    [Fact]
    public void NoCyclesBetweenCoreFolders()
    {
        Slices().Matching("Search.Core.(*)..").Should().BeFreeOfCycles().Check(Core);
    }

    public const int MaxLines = 250;

    [Fact]
    public void NoCoreFileIsLongerThanTheLimit()
    {
        var core = Path.Combine(RepositoryRoot.Path, "src", "Search.Core");
        var sep = Path.DirectorySeparatorChar;
        var files = Directory.EnumerateFiles(core, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{sep}obj{sep}") && !f.Contains($"{sep}bin{sep}")).ToList();
        Assert.NotEmpty(files);
        var tooLong = files.Select(f => (File: Path.GetRelativePath(core, f), Lines: File.ReadLines(f).Count()))
            .Where(f => f.Lines > MaxLines).Select(f => $"{f.File}: {f.Lines} lines").ToList();
        Assert.True(tooLong.Count == 0, string.Join("\n", tooLong));
    }
}
