using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Search.Api.Endpoints;
using Search.Api.Hosting;
using Search.Core.Enrichment;
using Search.Core.Searching;

var builder = WebApplication.CreateBuilder(args);
builder.UseRequestLimits();

// Configuration: the Search section (appsettings.json, --Search:IndexPath=…, Search__IndexPath=…).
builder.Services.AddOptions<SearchOptions>().BindConfiguration("Search");

// The index: opened (built first when missing) once, shared by every request, refreshed on a timer.
builder.Services.AddSingleton(sp =>
{
    var options = sp.GetRequiredService<IOptions<SearchOptions>>().Value;
    var data = options.DataPath is null ? EnrichmentData.Default : EnrichmentData.Load(DataPaths.Resolve(options.DataPath));
    return IndexBootstrap.Open(options, data, sp.GetRequiredService<ILoggerFactory>().CreateLogger("Search.Index"));
});
builder.Services.AddHostedService<IndexRefresher>();

// Every error as RFC 7807 problem details with a code from one table; the OpenAPI document lists the table; source-generated JSON for the hot answers.
builder.Services.AddProblemAnswers();
builder.Services.AddOpenApi(o => o.AddDocumentTransformer((document, _, _) =>
{
    document.Info.Description = "Faceted, highlighted search over news articles. Every error answer is problem details (RFC 7807) " +
                                "with one of these codes:\n\n" + FieldEndpoints.ErrorTable();
    ApiKeyAuth.Describe(document);
    return Task.CompletedTask;
}));
builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.TypeInfoResolverChain.Insert(0, ApiJsonContext.Default));

// Notebooks in the browser call the read-only API from other origins; large answers are compressed; exports are rate-limited.
builder.Services.AddCors(o => o.AddDefaultPolicy(p => p.AllowAnyOrigin().WithMethods("GET", "POST").AllowAnyHeader().WithExposedHeaders("X-Total-Count", "Content-Disposition", "Retry-After")));
builder.Services.AddResponseCompression(o =>
{
    o.Providers.Add<BrotliCompressionProvider>();
    o.Providers.Add<GzipCompressionProvider>();
    o.MimeTypes = ResponseCompressionDefaults.MimeTypes.Concat(["application/problem+json", "application/x-ndjson", "text/csv"]);
});
builder.Services.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
builder.Services.AddRateLimits(() => builder.Configuration.GetValue("Search:ExportsPerMinute", new SearchOptions().ExportsPerMinute),
    () => builder.Configuration.GetValue("Search:WritesPerMinute", new SearchOptions().WritesPerMinute));

// What the service remembers (API keys, saved searches, the audit log): one SQLite file, opened and migrated at start.
builder.Services.AddState();
builder.Services.TryAddSingleton(TimeProvider.System);
builder.Services.AddSingleton<KeyAttempts>();
builder.Services.AddAuditTrail();

var app = builder.Build();

// Open the index before listening, so the first request never waits for a build. An unusable index (damaged, or of
// another layout) stops the service with a message that says how to rebuild it: it never serves wrong results.
try
{
    if (app.Services.GetRequiredService<IOptions<SearchOptions>>().Value.Access is var access
        && !string.Equals(access, SearchOptions.PublicAccess, StringComparison.OrdinalIgnoreCase)
        && !string.Equals(access, SearchOptions.PrivateAccess, StringComparison.OrdinalIgnoreCase))
    {
        throw new ArgumentException($"Search:Access is '{access}'; it is {SearchOptions.PublicAccess} or {SearchOptions.PrivateAccess}");
    }
    app.Services.GetRequiredService<ArticleSearcher>();
    app.Services.GetRequiredService<Search.Core.State.StateStore>();
}
catch (Exception e) when (e is Search.Core.Indexing.IndexUnusableException or Search.Core.State.StateUnusableException or ArgumentException)
{
    // Written straight to the console: the logger writes on a thread of its own, which an exiting process can outrun.
    Console.Error.WriteLine($"crit: Cannot start: {e.Message}");
    Console.Error.Flush();
    return 1;
}

app.UseAddressLimit();
app.UseAuditTrail();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseResponseCompression();
app.UseSecurityHeaders();
app.UseCors();
app.UseRateLimiter();
app.UseDefaultFiles();
app.UseStaticFiles();

app.MapOpenApi();
app.UseSwaggerUI(o => o.SwaggerEndpoint("/openapi/v1.json", "Search API v1"));
app.UsePrivateAccess();

var api = app.MapGroup("/api");
api.MapSearch();
api.MapArticles();
api.MapFacets();
api.MapCoverage();
api.MapExport();
api.MapBatch();
api.MapSavedSearches();
api.MapStats();
api.MapFields();
app.MapHealth();

app.Run();
return 0;

/// <summary>The entry point, visible to the in-process API tests.</summary>
public partial class Program;
