using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Search.Api.Tests;

/// <summary>The API in process over a temporary index built at start from the repository's sample articles.</summary>
public sealed class ApiFactory : WebApplicationFactory<Program>
{
    public string IndexPath { get; } = Path.Combine(Path.GetTempPath(), "search-api-tests", Guid.NewGuid().ToString("n"));

    public static string RepositoryRoot { get; } = FindRoot();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Search:IndexPath", IndexPath);
        builder.UseSetting("Search:ArticlesPath", Path.Combine(RepositoryRoot, "index-data", "articles"));
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Search.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("Search.sln not found");
    }
}
