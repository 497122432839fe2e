using System.Globalization;

namespace Search.Benchmarks;

/// <summary>
/// One search of the benchmark: its kind (for the per-kind table), the query text, and filters by outlet, country
/// (ISO code), person and publication date. Every search asks for the top 20 with passages and for the outlet,
/// country, person and year facets (the year histogram) over all matches.
/// </summary>
public sealed record BenchQuery(string Kind, string Q, string[] Outlets, string[] Countries, string[] People, string? From = null, string? To = null)
{
    public BenchQuery(string kind, string q) : this(kind, q, [], [], []) { }

    public Dictionary<string, IReadOnlyList<string>> Filters()
    {
        var filters = new Dictionary<string, IReadOnlyList<string>>();
        if (Outlets.Length > 0)
        {
            filters["outlet"] = Outlets;
        }
        if (Countries.Length > 0)
        {
            filters["country"] = Countries;
        }
        if (People.Length > 0)
        {
            filters["person"] = People;
        }
        return filters;
    }

    public DateOnly? FromDate => From is null ? null : DateOnly.ParseExact(From, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public DateOnly? ToDate => To is null ? null : DateOnly.ParseExact(To, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public string QueryString()
    {
        var parts = new List<string> { "q=" + Uri.EscapeDataString(Q), "facets=outlet,country,person,year" };
        parts.AddRange(Outlets.Select(o => "outlet=" + Uri.EscapeDataString(o)));
        parts.AddRange(Countries.Select(c => "country=" + Uri.EscapeDataString(c)));
        parts.AddRange(People.Select(p => "person=" + Uri.EscapeDataString(p)));
        if (From is not null)
        {
            parts.Add("from=" + From);
        }
        if (To is not null)
        {
            parts.Add("to=" + To);
        }
        return string.Join('&', parts);
    }

    /// <summary>A search of quoted phrases, of any kind (what the phrase target is measured on).</summary>
    public const string AllPhrases = "all with quoted phrases";

    /// <summary>A search of prefixes or wildcards.</summary>
    public const string AllPatterns = "all with prefixes or wildcards";

    /// <summary>The kinds a search's latency counts under: its own, and the groups it belongs to (the reference groups alike).</summary>
    public IEnumerable<string> Groups()
    {
        yield return Kind;
        if (Q.Contains('"'))
        {
            yield return AllPhrases;
        }
        if (Q.Contains('*') || Q.Contains('?'))
        {
            yield return AllPatterns;
        }
    }

    /// <summary>One line of the reference's query file: kind, q, outlets, countries, people, from, to (lists '|'-separated).</summary>
    public string TsvLine() => string.Join('\t', Kind, Q, string.Join('|', Outlets), string.Join('|', Countries), string.Join('|', People), From ?? "", To ?? "");
}
