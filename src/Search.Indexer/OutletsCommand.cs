using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Search.Core.Enrichment;
using Search.Core.Indexing;

namespace Search.Indexer;

/// <summary>
/// <c>outlets [--index DIR] [--data DIR] [--min-articles N]</c>: the outlets the registry does not list, as registry
/// entries (JSON, on standard output) to review and add to <c>outlets.json</c>.
/// </summary>
internal static class OutletsCommand
{
    public static Command Create()
    {
        var index = new Option<string>("--index") { Description = "Index folder.", DefaultValueFactory = _ => CommonOptions.DefaultIndex };
        var data = CommonOptions.Data();
        var min = new Option<int>("--min-articles") { Description = "Only outlets with at least this many articles.", DefaultValueFactory = _ => 1 };
        var command = new Command("outlets",
            "List the outlets of the index that the registry does not know, most articles first, as registry entries (JSON) with their " +
            "article counts, domains and sample titles: review them, merge spellings as aliases, and add them to outlets.json.")
        {
            index, data, min,
        };
        command.SetAction(result => ConsoleReport.OnIndex(() =>
        {
            if (ConsoleReport.Data(result.GetValue(data), withModel: false) is not { } enrichment)
            {
                return ExitCodes.Failed;
            }
            var candidates = UnlistedOutlets.Find(result.GetValue(index)!, enrichment.Outlets, Math.Max(1, result.GetValue(min)));
            var entries = new JsonArray(candidates.Select(c => (JsonNode)new JsonObject
            {
                ["//"] = $"{c.Articles} article(s), found by {string.Join(", ", c.FoundBy.Select(f => $"{f.Key} {f.Value}"))}; e.g. {string.Join(" · ", c.SampleTitles)}",
                ["name"] = c.Name,
                ["aliases"] = new JsonArray(),
                ["domains"] = new JsonArray(c.Domains.Select(d => (JsonNode)JsonValue.Create(d)).ToArray()),
                ["cues"] = new JsonArray(),
            }).ToArray());
            Console.WriteLine(new JsonObject { ["outlets"] = entries }.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
            Console.Error.WriteLine($"{candidates.Count} outlet(s) not in the registry, {candidates.Sum(c => c.Articles)} article(s)");
            return ExitCodes.Ok;
        }));
        return command;
    }
}
