namespace Search.Benchmarks;

/// <summary>
/// The fixed mixed query set, drawn from the generator's own vocabulary, people and outlets so every class has
/// matches: single rare, medium and common terms, 2–3 word AND, OR, phrases, prefixes, with and without filters.
/// Every search asks for facets outlet, country, person, year and highlights.
/// </summary>
public sealed record BenchQuery(string Kind, string Q, string[] Outlets, string[] Countries)
{
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
        return filters;
    }

    public string QueryString()
    {
        var parts = new List<string> { "q=" + Uri.EscapeDataString(Q), "facets=outlet,country,person,year" };
        parts.AddRange(Outlets.Select(o => "outlet=" + Uri.EscapeDataString(o)));
        parts.AddRange(Countries.Select(c => "country=" + Uri.EscapeDataString(c)));
        return string.Join('&', parts);
    }

    public static IReadOnlyList<BenchQuery> From(CorpusGenerator g)
    {
        var v = g.Vocabulary;
        string Word(int rank) => v[rank];
        var person = g.People[0];
        var outlet = g.Outlets[0];
        return
        [
            new("rare term", Word(20_000), [], []),
            new("rare term", Word(31_337), [], []),
            new("medium term", Word(2_000), [], []),
            new("medium term", Word(3_500), [], []),
            new("common term", Word(150), [], []),
            new("common term", Word(400), [], []),
            new("2-word AND", $"{Word(300)} {Word(900)}", [], []),
            new("3-word AND", $"{Word(200)} {Word(700)} {Word(1_500)}", [], []),
            new("OR", $"{Word(5_000)} OR {Word(7_000)}", [], []),
            new("phrase", $"\"{person.First} {person.Last}\"", [], []),
            new("phrase", "\"officials said\"", [], []),
            new("prefix", Word(1_200)[..Math.Min(4, Word(1_200).Length)] + "*", [], []),
            new("term + outlet filter", Word(600), [outlet], []),
            new("term + country filter", Word(800), [], ["US"]),
            new("AND + two filters", $"{Word(250)} {Word(1_000)}", [outlet, g.Outlets[1]], ["US", "GB"]),
            new("all + country filter", "", [], ["FR"]),
        ];
    }
}
