using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Search.Tests.Shared;

namespace Search.Api.Tests;

/// <summary>
/// The API in process over a temporary index built at start from the shared test corpus (<see cref="TestCorpus"/>).
/// Test classes share one through <see cref="ApiCollection"/>; a factory with other settings subclasses it.
/// </summary>
public class ApiFactory : WebApplicationFactory<Program>
{
    public const int GeneratedCount = TestCorpus.GeneratedCount;

    private readonly string _work = TempFolders.New();

    public string IndexPath => Path.Combine(_work, "index");

    public static string RepositoryRoot => Search.Tests.Shared.RepositoryRoot.Path;

    /// <summary>The service's database, in the test's folder.</summary>
    public string StatePath => Path.Combine(_work, "state.db");

    /// <summary>Writes allowed per key and minute; high, so tests are not limited unless they mean to be.</summary>
    protected virtual int WritesPerMinute => 10_000;

    /// <summary>A new API key, made as the indexer's keys command makes one; returns the secret to send.</summary>
    public string NewKey(string name, Search.Core.State.KeyRole role = Search.Core.State.KeyRole.Writer) =>
        Services.GetRequiredService<Search.Core.State.ApiKeys>().Create(name, role).Secret;

    /// <summary>Settings beside the shared ones (a private archive's, say).</summary>
    protected virtual IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>();

    /// <summary>A client that sends <paramref name="secret"/> as its Bearer key.</summary>
    public HttpClient ClientWithKey(string secret)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", secret);
        return client;
    }

    /// <summary>Exports allowed per minute; high, so tests are not limited unless they mean to be.</summary>
    protected virtual int ExportsPerMinute => 10_000;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Search:IndexPath", IndexPath);
        builder.UseSetting("Search:ArticlesPath", TestCorpus.Write(Path.Combine(_work, "articles")));
        builder.UseSetting("Search:ExportsPerMinute", ExportsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Search:WritesPerMinute", WritesPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Search:StatePath", StatePath);
        // Tests in process have no client address: they share one count of wrong keys, kept out of their way.
        builder.UseSetting("Search:KeyAttemptsPerMinute", "10000");
        foreach (var (name, value) in Settings)
        {
            builder.UseSetting(name, value);
        }
    }
}

/// <summary>One in-process API for every test class that needs no settings of its own.</summary>
[CollectionDefinition(Name)]
public sealed class ApiCollection : ICollectionFixture<ApiFactory>
{
    public const string Name = "api";
}
