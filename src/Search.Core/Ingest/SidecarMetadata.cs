using System.Text.Json;

namespace Search.Core.Ingest;

/// <summary>
/// Metadata from a <c>NAME.meta.json</c> file beside an article file (NAME with or without the article's extension).
/// Every field it sets overrides what the reader or detection found.
/// </summary>
public sealed record SidecarMetadata(
    string? Id, string? Url, string? Outlet, string? Site, string? Title, DateOnly? Published, IReadOnlyList<string>? Authors)
{
    public static (SidecarMetadata? Metadata, IngestProblem? Problem) Find(string file, string relative)
    {
        var dir = Path.GetDirectoryName(file)!;
        string[] candidates =
        [
            Path.Combine(dir, Path.GetFileName(file) + CorpusReader.SidecarSuffix),
            Path.Combine(dir, Path.GetFileNameWithoutExtension(file) + CorpusReader.SidecarSuffix),
        ];
        var path = candidates.FirstOrDefault(File.Exists);
        if (path is null)
        {
            return (null, null);
        }
        var display = Path.GetFileName(path);
        try
        {
            using var json = JsonDocument.Parse(File.ReadAllBytes(path));
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return (null, new IngestProblem(display, null, "sidecar must be a JSON object; ignored", Skipped: false));
            }
            if (!MetadataFields.TryParseDate(MetadataFields.String(root, "published"), out var published))
            {
                return (null, new IngestProblem(display, null, "'published' is not an ISO 8601 date; sidecar ignored", Skipped: false));
            }
            return (new SidecarMetadata(
                MetadataFields.String(root, "id"), MetadataFields.String(root, "url"), MetadataFields.String(root, "outlet"),
                MetadataFields.String(root, "site"), MetadataFields.String(root, "title"), published, MetadataFields.Authors(root)), null);
        }
        catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException)
        {
            return (null, new IngestProblem(display, null, $"sidecar cannot be read: {e.Message}; ignored", Skipped: false));
        }
    }

    public SourceDocument ApplyTo(SourceDocument doc) => doc with
    {
        Id = Id ?? doc.Id,
        Url = Url ?? doc.Url,
        Outlet = Outlet ?? doc.Outlet,
        Site = Site ?? doc.Site,
        Title = Title ?? doc.Title,
        Published = Published ?? doc.Published,
        Authors = Authors ?? doc.Authors,
    };
}
