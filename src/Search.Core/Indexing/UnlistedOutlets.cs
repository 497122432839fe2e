using Lucene.Net.Index;
using Search.Core.Enrichment;
using Search.Core.Ingest;

namespace Search.Core.Indexing;

/// <summary>
/// The outlets of an index that the registry does not list (<c>outlets</c>): found on the pages themselves or from
/// their domains, with how many articles each has, their domains and a few titles — what an editor needs to review
/// them and add them to the registry, with aliases that merge spellings.
/// </summary>
public static class UnlistedOutlets
{
    public sealed record Candidate(string Name, int Articles, IReadOnlyList<string> Domains, IReadOnlyList<string> SampleTitles, IReadOnlyDictionary<string, int> FoundBy);

    public static IReadOnlyList<Candidate> Find(string indexPath, OutletRegistry registry, int minArticles = 1, int samples = 3)
    {
        using var directory = IndexStore.Open(indexPath);
        IndexStore.CheckSchema(directory, indexPath);
        using var reader = DirectoryReader.Open(directory);
        var found = new Dictionary<string, (int Articles, Dictionary<string, int> Domains, List<string> Titles, Dictionary<string, int> FoundBy)>(StringComparer.Ordinal);
        foreach (var leaf in reader.Leaves)
        {
            var atomic = leaf.AtomicReader;
            for (var doc = 0; doc < atomic.MaxDoc; doc++)
            {
                if (atomic.LiveDocs is { } live && !live.Get(doc))
                {
                    continue;
                }
                var article = ArticleDocument.Read(atomic, doc, withText: false);
                if (article.Outlet is not { } outlet || registry.FindByName(outlet) is not null)
                {
                    continue;
                }
                if (!found.TryGetValue(outlet, out var seen))
                {
                    seen = (0, new Dictionary<string, int>(StringComparer.Ordinal), [], new Dictionary<string, int>(StringComparer.Ordinal));
                }
                if (SiteName.Domain(article.Url) is { } domain)
                {
                    seen.Domains[domain] = seen.Domains.GetValueOrDefault(domain) + 1;
                }
                if (article.Title is { } title && seen.Titles.Count < samples && !seen.Titles.Contains(title))
                {
                    seen.Titles.Add(title);
                }
                var how = article.OutletSource ?? "unknown";
                seen.FoundBy[how] = seen.FoundBy.GetValueOrDefault(how) + 1;
                found[outlet] = (seen.Articles + 1, seen.Domains, seen.Titles, seen.FoundBy);
            }
        }
        return found.Where(kv => kv.Value.Articles >= minArticles)
            .Select(kv => new Candidate(kv.Key, kv.Value.Articles,
                kv.Value.Domains.OrderByDescending(d => d.Value).ThenBy(d => d.Key, StringComparer.Ordinal).Take(3).Select(d => d.Key).ToList(),
                kv.Value.Titles, kv.Value.FoundBy))
            .OrderByDescending(c => c.Articles).ThenBy(c => c.Name, StringComparer.Ordinal).ToList();
    }
}
