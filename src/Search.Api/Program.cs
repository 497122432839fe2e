using Microsoft.Extensions.Options;
using Search.Api.Endpoints;
using Search.Api.Hosting;
using Search.Core.Enrichment;
using Search.Core.Searching;

var builder = WebApplication.CreateBuilder(args);

// Configuration: the Search section (appsettings.json, --Search:IndexPath=…, Search__IndexPath=…).
builder.Services.AddOptions<SearchOptions>().BindConfiguration("Search");

// The index: opened (built first when missing) once, shared by every request, refreshed on a timer.
builder.Services.AddSingleton(sp =>
{
    var options = sp.GetRequiredService<IOptions<SearchOptions>>().Value;
    var data = options.DataPath is null ? EnrichmentData.Default : EnrichmentData.Load(options.DataPath);
    return IndexBootstrap.Open(options, data, sp.GetRequiredService<ILoggerFactory>().CreateLogger("Search.Index"));
});
builder.Services.AddHostedService<IndexRefresher>();

// Errors as RFC 7807 problem details; OpenAPI document.
builder.Services.AddProblemDetails();
builder.Services.AddOpenApi();

var app = builder.Build();

// Open the index before listening, so the first request never waits for a build.
app.Services.GetRequiredService<ArticleSearcher>();

app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseSecurityHeaders();
app.UseDefaultFiles();
app.UseStaticFiles();

app.MapOpenApi();
app.UseSwaggerUI(o => o.SwaggerEndpoint("/openapi/v1.json", "Search API v1"));

app.MapSearch();
app.MapArticles();
app.MapStats();

app.Run();

/// <summary>The entry point, visible to the in-process API tests.</summary>
public partial class Program;
