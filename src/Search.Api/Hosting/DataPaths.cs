namespace Search.Api.Hosting;

/// <summary>
/// Resolves the configured relative paths. <c>dotnet run --project src/Search.Api</c> runs in the project folder, a
/// published app in its own folder: a relative path such as <c>index-data/index</c> is taken from the nearest folder,
/// going up from the working directory, that holds its first segment (the repository root, or the app folder).
/// </summary>
public static class DataPaths
{
    public static string Resolve(string path)
    {
        if (Path.IsPathRooted(path))
        {
            return Path.GetFullPath(path);
        }
        var first = path.Replace('\\', '/').Split('/', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? path;
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            if (Directory.Exists(Path.Combine(dir.FullName, first)))
            {
                return Path.GetFullPath(Path.Combine(dir.FullName, path));
            }
        }
        return Path.GetFullPath(path);
    }
}
