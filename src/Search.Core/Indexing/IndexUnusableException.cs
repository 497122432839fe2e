namespace Search.Core.Indexing;

/// <summary>An index that cannot be used as it is: damaged, or of another layout. The message says how to rebuild it.</summary>
public sealed class IndexUnusableException(string indexPath, string problem)
    : Exception($"{problem}: {indexPath}. Rebuild it: dotnet run --project src/Search.Indexer -- index --rebuild --index {indexPath} [ARTICLES…] " +
                "(or delete the folder and start the service, which builds the index from Search:ArticlesPath)")
{
    public string IndexPath { get; } = indexPath;
}
