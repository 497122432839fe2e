using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Search.Core.Enrichment;
using Search.Core.Ingest;
using Search.Core.Model;

namespace Search.Indexer;

/// <summary><c>extract PATHS…</c>: prints each article as the indexer would store it, one JSON object a line; the index is not touched.</summary>
internal static class ExtractCommand
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    public static Command Create()
    {
        var paths = CommonOptions.Paths($"Files or folders of articles; default: {CommonOptions.DefaultArticles}.");
        var data = CommonOptions.Data();
        var command = new Command("extract", "Print each article's cleaned text and detected metadata as NDJSON, without touching the index.")
        {
            paths, data,
        };
        command.SetAction(result => Run(result.GetValue(paths) is { Length: > 0 } p ? p : [CommonOptions.DefaultArticles], result.GetValue(data)));
        return command;
    }

    private static int Run(string[] paths, string? dataPath)
    {
        if (ConsoleReport.Enricher(dataPath, Search.Core.Ingest.PublicationDate.DefaultEarliestYear) is not { } enricher)
        {
            return ExitCodes.Failed;
        }
        var skipped = 0;
        using var stdout = new StreamWriter(Console.OpenStandardOutput()) { AutoFlush = false };
        foreach (var item in CorpusReader.Read(paths))
        {
            if (item.Problem is { } problem)
            {
                ConsoleReport.Problem(problem);
                skipped += problem.Skipped ? 1 : 0;
            }
            if (item.Document is { } doc)
            {
                stdout.WriteLine(JsonSerializer.Serialize(Extracted.From(enricher.Enrich(doc)), Json));
            }
        }
        return skipped == 0 ? ExitCodes.Ok : ExitCodes.SomeSkipped;
    }

    private sealed record Extracted(
        string Id, string? Source, string? Url, string? Outlet, string? Site, string? Published, string? Title,
        IReadOnlyList<string> Authors, IReadOnlyList<CountryMention> Countries, IReadOnlyList<PersonMention> People,
        IReadOnlyList<string> Cites, string Text)
    {
        [System.Text.Json.Serialization.JsonExtensionData]
        public Dictionary<string, object>? Labels { get; set; }

        public static Extracted From(Article a) => new(a.Id, a.Source, a.Url, a.Outlet, a.Site, a.Published?.ToString("yyyy-MM-dd"),
            a.Title, a.Authors, a.Countries, a.People, a.Cites, a.Text) { Labels = a.Labels.Count == 0 ? null : a.Labels.ToDictionary(l => l.Key, l => (object)l.Value) };
    }
}
