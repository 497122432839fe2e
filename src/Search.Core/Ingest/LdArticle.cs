using System.Text.Json;
using AngleSharp.Dom;

namespace Search.Core.Ingest;

/// <summary>What a page's JSON-LD says of its article: headline, dates, authors, publisher and site.</summary>
internal sealed record LdArticle(string? Headline, string? DatePublished, IReadOnlyList<string>? Authors, string? Publisher,
    string? IsPartOf = null, string? SiteName = null, string? DateModified = null, string? InLanguage = null)
{
    /// <summary>The page's JSON-LD article (NewsArticle, BlogPosting…) and the name of the site or organisation it names.</summary>
    public static LdArticle Find(IDocument document)
    {
        LdArticle? article = null;
        string? siteName = null;
        foreach (var script in document.QuerySelectorAll("script[type='application/ld+json']"))
        {
            try
            {
                using var json = JsonDocument.Parse(script.TextContent);
                foreach (var node in Nodes(json.RootElement))
                {
                    var type = node.TryGetProperty("@type", out var t) ? t.ToString() : "";
                    if (type.Contains("WebSite", StringComparison.OrdinalIgnoreCase) || type.Contains("Organization", StringComparison.OrdinalIgnoreCase))
                    {
                        siteName ??= MetadataFields.String(node, "name");
                        continue;
                    }
                    if (article is not null || (!type.Contains("Article", StringComparison.OrdinalIgnoreCase) && !type.Contains("Posting", StringComparison.OrdinalIgnoreCase)))
                    {
                        continue;
                    }
                    article = new LdArticle(MetadataFields.String(node, "headline"), MetadataFields.String(node, "datePublished") ?? MetadataFields.String(node, "dateCreated"),
                        MetadataFields.Authors(node), Name(node, "publisher"), Name(node, "isPartOf"), DateModified: MetadataFields.String(node, "dateModified"),
                        InLanguage: MetadataFields.String(node, "inLanguage"));
                }
            }
            catch (JsonException)
            {
                // A broken JSON-LD block is common on real pages; the other metadata sources still apply.
            }
        }
        return (article ?? new LdArticle(null, null, null, null)) with { SiteName = siteName };
    }

    // A property given as an object with a name, or as a plain string.
    private static string? Name(JsonElement node, string property) =>
        !node.TryGetProperty(property, out var p) ? null
        : p.ValueKind == JsonValueKind.Object ? MetadataFields.String(p, "name")
        : p.ValueKind == JsonValueKind.String ? p.GetString()
        : null;

    private static IEnumerable<JsonElement> Nodes(JsonElement root)
    {
        if (root.ValueKind == JsonValueKind.Array)
        {
            foreach (var e in root.EnumerateArray())
            {
                foreach (var n in Nodes(e))
                {
                    yield return n;
                }
            }
        }
        else if (root.ValueKind == JsonValueKind.Object)
        {
            yield return root;
            if (root.TryGetProperty("@graph", out var graph))
            {
                foreach (var n in Nodes(graph))
                {
                    yield return n;
                }
            }
        }
    }
}
