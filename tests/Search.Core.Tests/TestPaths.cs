namespace Search.Core.Tests;

/// <summary>Where the repository's sample articles are, found from the test's own folder.</summary>
public static class TestPaths
{
    public static string RepositoryRoot => Search.Tests.Shared.RepositoryRoot.Path;

    public static string SampleArticles => Path.Combine(RepositoryRoot, "index-data", "articles");

    public static string Sample(string prefix) => Directory.GetFiles(SampleArticles, prefix + "_*.txt").Single();

    /// <summary>A new empty folder, removed with the others when the test run ends.</summary>
    public static string NewTempFolder() => Search.Tests.Shared.TempFolders.New();

}
