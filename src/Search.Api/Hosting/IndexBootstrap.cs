using Search.Core.Enrichment;
using Search.Core.Indexing;
using Search.Core.Searching;

namespace Search.Api.Hosting;

/// <summary>Opens the index at start, building it first from the configured articles when there is none.</summary>
public static class IndexBootstrap
{
    public static ArticleSearcher Open(SearchOptions options, EnrichmentData data, ILogger logger)
    {
        var indexPath = DataPaths.Resolve(options.IndexPath);
        if (!IndexStore.Exists(indexPath))
        {
            var articles = DataPaths.Resolve(options.ArticlesPath);
            logger.LogInformation("No index at {IndexPath}: building it from {ArticlesPath}", indexPath, articles);
            var summary = new ArticleIndexer(new ArticleEnricher(data)).Run([articles], indexPath, new IndexRunOptions());
            foreach (var problem in summary.Problems)
            {
                logger.LogWarning("Indexing: {Problem}", problem.ToString());
            }
            logger.LogInformation("Index built: {Summary}", summary.ToString());
        }
        var searcher = new ArticleSearcher(indexPath, data, options.SearchTimeBudget);
        logger.LogInformation("Serving the index at {IndexPath} ({Articles} articles)", indexPath, searcher.Stats().Articles);
        return searcher;
    }
}
