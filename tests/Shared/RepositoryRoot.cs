namespace Search.Tests.Shared;

/// <summary>The repository's root (the folder with Search.sln), found from where a test or benchmark runs. Linked into every test project.</summary>
internal static class RepositoryRoot
{
    public static string Path { get; } = Find();

    public static string SampleArticles => System.IO.Path.Combine(Path, "index-data", "articles");

    private static string Find()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(System.IO.Path.Combine(dir.FullName, "Search.sln")))
                {
                    return dir.FullName;
                }
            }
        }
        throw new InvalidOperationException("Search.sln not found above " + AppContext.BaseDirectory);
    }
}
