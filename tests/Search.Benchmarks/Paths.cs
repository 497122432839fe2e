namespace Search.Benchmarks;

internal static class Paths
{
    public static string SampleArticles { get; } = Path.Combine(FindRoot(), "index-data", "articles");

    private static string FindRoot()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Search.sln")))
                {
                    return dir.FullName;
                }
            }
        }
        throw new InvalidOperationException("run from inside the repository: Search.sln not found");
    }
}
