using System.Text.Json;

namespace Search.Tests.Shared;

/// <summary>
/// The one corpus the search, API and browser tests run on, written into a folder: the five sample articles as
/// scraped, five hand-made articles for edge cases (stemming, markup in the text, spellings of names, acronyms, a hostile page)
/// and <see cref="GeneratedCount"/> generated reports ("Harbour Times" and "Port Gazette" in turn, one a week from
/// 2000-01-01, about harbour traffic in Oman, by Jane Doe and John Roe; report 7 has a spreadsheet-formula title), and
/// one story published three times (<see cref="CopyOriginalId"/> and its copies).
/// Linked into each test project.
/// </summary>
public static class TestCorpus
{
    public const int SampleCount = 5;
    public const int EdgeCount = 5;
    public const int GeneratedCount = 250;
    public const int CopyCount = 3;
    public const int Total = SampleCount + EdgeCount + GeneratedCount + CopyCount;

    /// <summary>A story published three times: the original, a repost crediting it (published a day earlier), a cut copy.</summary>
    public const string CopyOriginalId = "canal-original";
    public const string CopyRepostId = "canal-repost";
    public const string CopyCutId = "canal-cut";

    public const string HostileId = "hostile-1";
    public const string HostileMarker = "<script>alert('pwned')</script>";
    public const string FormulaTitle = "=HYPERLINK(\"http://evil.example\"), a \"quoted\" title; with commas";

    /// <summary>Writes the corpus into <paramref name="folder"/> (created if missing) and returns it.</summary>
    public static string Write(string folder)
    {
        Directory.CreateDirectory(folder);
        foreach (var file in Directory.GetFiles(RepositoryRoot.SampleArticles))
        {
            File.Copy(file, System.IO.Path.Combine(folder, System.IO.Path.GetFileName(file)), overwrite: true);
        }
        File.WriteAllLines(System.IO.Path.Combine(folder, "edge.jsonl"), Edge().Select(a => JsonSerializer.Serialize(a)));
        File.WriteAllLines(System.IO.Path.Combine(folder, "copies.jsonl"), Copies().Select(a => JsonSerializer.Serialize(a)));
        File.WriteAllLines(System.IO.Path.Combine(folder, "generated.jsonl"), Enumerable.Range(0, GeneratedCount).Select(i => JsonSerializer.Serialize(new
        {
            id = $"gen-{i:D3}",
            title = i == 7 ? FormulaTitle : $"Harbour report {i}",
            text = $"Generated report number {i} about harbour traffic in Oman.",
            outlet = i % 2 == 0 ? "Harbour Times" : "Port Gazette",
            url = $"https://harbour.example/{i}",
            published = new DateOnly(2000, 1, 1).AddDays(i * 7).ToString("yyyy-MM-dd"),
            authors = new[] { "Jane Doe", "John Roe" },
        })));
        return folder;
    }

    private static readonly string[] CanalStory =
    [
        "Dredging of the northern canal stopped on Tuesday after engineers found cracks in the eastern lock gates, the port authority said.",
        "The authority's chief engineer, Maria Lindqvist, told reporters that barges would be diverted through the southern channel for at least two weeks.",
        "Shipping companies warned that the diversion would add a day to every crossing and raise freight costs for grain and timber cargoes.",
        "Inspectors first noticed water seeping through the gates during routine checks in March, according to documents seen by local newspapers.",
        "A spokesman for the dock workers' union said members had raised concerns about the ageing gates for several years without an answer.",
        "Repairs are expected to cost about twelve million euros, to be shared between the port authority and the regional government.",
        "The northern canal carries roughly a third of the region's inland freight and links the port with three industrial towns upstream.",
        "Local residents said they welcomed the pause because the dredging had stirred up mud and a strong smell along the <b>river</b> banks & quays.",
    ];

    private static IEnumerable<object> Copies() =>
    [
        new { id = CopyOriginalId, title = "Canal dredging halted after cracks found", text = string.Join("\n\n", CanalStory), outlet = "Canal Courier", site = "Canal Courier", published = "2022-02-01" },
        new
        {
            id = CopyRepostId, title = "Cracks stop canal work",
            text = string.Join("\n\n", ["This story first appeared in the Canal Courier and is republished with permission.", .. CanalStory[..4], "ADVERTISEMENT", .. CanalStory[4..]]),
            outlet = "Canal Courier", site = "River Digest", published = "2022-01-31",
        },
        new { id = CopyCutId, title = "Canal closed", text = string.Join("\n\n", CanalStory[..5]), outlet = "Lock Weekly", site = "Lock Weekly", published = "2022-02-03" },
    ];

    private static IEnumerable<object> Edge() =>
    [
        new { id = "edge-stems", text = "The strikes continued. Officials said the strike was planned.", outlet = "Reuters", published = "2020-05-01", title = "Strikes go on" },
        new { id = "edge-script", text = "A page said <script>alert('x')</script> and <img src=x onerror=alert(1)> to readers about Peña and U.N. envoys.", outlet = "Reuters", published = "2020-06-01", title = "Tags <b>in</b> text" },
        new { id = "edge-names", text = "Yaalon met officials. Later Ya’alon spoke, and Suleimani’s men waited.", outlet = "Times of Israel", published = "2019-01-01", title = "Names" },
        new { id = "edge-acronyms", text = "The WHO warned that AIDS aid was cut. IT staff said it was used by the US mission and NATO, who knows why.", outlet = "Wire Desk", published = "2021-03-04", title = "Health agency warning" },
        new
        {
            id = HostileId,
            title = "Quarantine \"test\" <b>title</b> ' onmouseover='alert(1)",
            text = $"The quarantine story says {HostileMarker} and <img src=x onerror=alert(2)> then &amp; entities, a right-to-left \u202Emark\u202C and a zero\u200Bwidth space.",
            outlet = "Quarantine Weekly",
            url = "javascript:alert(3)",
            published = "2003-03-03",
        },
    ];
}
