using System.Threading.Channels;
using Microsoft.Extensions.Options;
using Search.Core.State;

namespace Search.Api.Hosting;

/// <summary>
/// Writes the audit log (<see cref="AuditLog"/>; on in a private archive, <c>Search:Audit</c>): every request to the
/// API — who (the key's name and id), what (method, path and query string), when, from where, and the answer's status
/// — is queued as it is answered and written by a background task in batches, one transaction each, at most one a
/// second, so a search never waits for the disk and the disk syncs once a second however many searches there are.
/// Entries older than <c>Search:AuditRetentionDays</c> are removed with the first batch and hourly. On a clean stop
/// the queue is written out; a killed service loses what it had not written yet (about a second's worth).
/// </summary>
public sealed class AuditTrail(AuditLog log, IOptions<SearchOptions> options, TimeProvider clock, ILogger<AuditTrail> logger) : BackgroundService
{
    private static readonly TimeSpan Gather = TimeSpan.FromSeconds(1);
    private readonly Channel<AuditEntry> _queue = Channel.CreateUnbounded<AuditEntry>(new UnboundedChannelOptions { SingleReader = true });

    public void Add(AuditEntry entry) => _queue.Writer.TryWrite(entry);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var nextPrune = DateTimeOffset.MinValue;
        var batch = new List<AuditEntry>();
        try
        {
            while (await _queue.Reader.WaitToReadAsync(stoppingToken))
            {
                await Task.Delay(Gather, clock, stoppingToken);
                Drain(batch);
                if (clock.GetUtcNow() >= nextPrune)
                {
                    Prune();
                    nextPrune = clock.GetUtcNow().AddHours(1);
                }
            }
        }
        catch (OperationCanceledException)
        {
            // Stopping: what is queued is written below.
        }
        Drain(batch);
    }

    private void Drain(List<AuditEntry> batch)
    {
        while (true)
        {
            batch.Clear();
            while (batch.Count < 1000 && _queue.Reader.TryRead(out var entry))
            {
                batch.Add(entry);
            }
            if (batch.Count == 0)
            {
                return;
            }
            try
            {
                log.Record(batch);
            }
            catch (Microsoft.Data.Sqlite.SqliteException e)
            {
                logger.LogError(e, "The audit log could not record {Count} requests", batch.Count);
            }
        }
    }

    private void Prune()
    {
        if (options.Value.AuditRetentionDays <= 0)
        {
            return;
        }
        var removed = log.Prune(clock.GetUtcNow().AddDays(-options.Value.AuditRetentionDays));
        if (removed > 0)
        {
            logger.LogInformation("Audit log: {Removed} entries older than {Days} days removed", removed, options.Value.AuditRetentionDays);
        }
    }
}

/// <summary>Puts every API request in the audit trail once it is answered.</summary>
public static class AuditTrailMiddleware
{
    public static IServiceCollection AddAuditTrail(this IServiceCollection services) => services
        .AddSingleton(sp => new AuditLog(sp.GetRequiredService<StateStore>()))
        .AddSingleton<AuditTrail>()
        .AddHostedService(sp => sp.GetRequiredService<AuditTrail>());

    /// <summary>Registered first, so that it sees each answer's final status (errors included).</summary>
    public static WebApplication UseAuditTrail(this WebApplication app)
    {
        if (!app.Services.GetRequiredService<IOptions<SearchOptions>>().Value.Audits)
        {
            return app;
        }
        var trail = app.Services.GetRequiredService<AuditTrail>();
        var clock = app.Services.GetRequiredService<TimeProvider>();
        app.Use(async (http, next) =>
        {
            try
            {
                await next(http);
            }
            finally
            {
                var request = http.Request;
                if (request.Path.StartsWithSegments("/api") || request.Path.StartsWithSegments("/openapi"))
                {
                    var key = ApiKeyAuth.KeyOf(http);
                    trail.Add(new AuditEntry(clock.GetUtcNow(), key?.Id, key?.Name, http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                        request.Method, request.Path.Value ?? "", request.QueryString.Value ?? "", http.Response.StatusCode));
                }
            }
        });
        return app;
    }
}
