namespace Search.Core.Indexing;

/// <summary>An index that cannot be used as it is: damaged, or of another layout. The message says how to mend it.</summary>
public sealed class IndexUnusableException(string indexPath, string problem, string? remedy = null)
    : Exception($"{problem}: {indexPath}. {remedy ?? RebuildFromSources(indexPath)}")
{
    public string IndexPath { get; } = indexPath;

    public static string RebuildFromSources(string indexPath) =>
        $"Rebuild it: dotnet run --project src/Search.Indexer -- index --rebuild --index {indexPath} [ARTICLES…] " +
        "(or delete the folder and start the service, which builds the index from Search:ArticlesPath)";

    public static string RebuildFromItself(string indexPath) =>
        $"Upgrade it from what it holds, no original files needed: dotnet run --project src/Search.Indexer -- reindex --index {indexPath}";
}
