using ArchUnitNET.Domain;
using ArchUnitNET.Loader;
using ArchUnitNET.xUnit;
using Search.Core.Model;
using static ArchUnitNET.Fluent.Slices.SliceRuleDefinition;

namespace Search.Core.Tests.Architecture;

/// <summary>Folders of Search.Core depend on each other in one direction only: no folder reaches back into one that uses it.</summary>
public sealed class FolderDependencyTests
{
    private static readonly ArchUnitNET.Domain.Architecture Core =
        new ArchLoader().LoadAssemblies(typeof(Article).Assembly).Build();

    [Fact]
    public void NoCyclesBetweenCoreFolders()
    {
        Slices().Matching("Search.Core.(*)..").Should().BeFreeOfCycles().Check(Core);
    }
}
