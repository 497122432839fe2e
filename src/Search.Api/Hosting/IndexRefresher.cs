using Microsoft.Extensions.Options;
using Search.Core.Searching;

namespace Search.Api.Hosting;

/// <summary>Refreshes the searcher on a timer, so what an indexer commits becomes searchable without a restart.</summary>
public sealed class IndexRefresher(ArticleSearcher searcher, IOptions<SearchOptions> options, ILogger<IndexRefresher> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.RefreshInterval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                // Logged only when an indexer committed something new: a quiet index leaves a quiet log.
                if (searcher.Refresh())
                {
                    logger.LogInformation("Index refreshed: {Articles} articles", searcher.Count);
                }
            }
            catch (Exception e) when (e is IOException or Lucene.Net.Index.CorruptIndexException)
            {
                logger.LogError(e, "Index refresh failed; still serving the last good version");
            }
        }
    }
}
