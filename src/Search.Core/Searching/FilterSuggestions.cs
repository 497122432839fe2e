using Lucene.Net.Index;
using Search.Core.Enrichment;
using Search.Core.Highlighting;
using Search.Core.Schema;
using Search.Core.Facets;

namespace Search.Core.Searching;

/// <summary>
/// For a search that found nothing because of a filter value no article has (<c>person=Gants</c>, where the facet says
/// "Benny Gantz"), the values it most likely meant: those with it as a word of the name first, then those within two
/// edits, at most five. Filters stay exact; the answer only suggests. Asked only when a search finds nothing, so a search
/// that finds something pays nothing for it.
/// </summary>
internal static class FilterSuggestions
{
    private const int Max = 5;

    public static IReadOnlyDictionary<string, IReadOnlyList<string>>? For(IndexReader reader, SearchPlan plan, KeywordValues values)
    {
        Dictionary<string, IReadOnlyList<string>>? result = null;
        foreach (var (name, given) in plan.Request.Filters)
        {
            var field = FieldCatalog.Filter(name)!;
            var unknown = given.Where(v => !string.IsNullOrWhiteSpace(v) && reader.DocFreq(new Term(field.IndexName, values.Term(field, v))) == 0).ToList();
            if (unknown.Count == 0)
            {
                continue;
            }
            var ordinals = FacetOrdinals.For(reader).Get(field.IndexName);
            var all = Enumerable.Range(0, (int)ordinals.ValueCount).Select(o => ordinals.Value(o)).ToList();
            var suggested = unknown.SelectMany(v => Closest(v, all)).Distinct(StringComparer.Ordinal).Take(Max).ToList();
            if (suggested.Count > 0)
            {
                (result ??= [])[field.Name] = suggested;
            }
        }
        return result;
    }

    // Rank 0: the value has the given text as a word or within it; 1: the whole value, or one of its words, is within
    // two edits of it ("Gants" → "Benny Gantz").
    private static IEnumerable<string> Closest(string given, List<string> values)
    {
        var key = PersonNameData.Key(given);
        return values
            .Select(v => (Value: v, Rank: Rank(PersonNameData.Key(v), key)))
            .Where(v => v.Rank >= 0)
            .OrderBy(v => v.Rank).ThenBy(v => v.Value, StringComparer.Ordinal)
            .Select(v => v.Value)
            .Take(Max);
    }

    private static int Rank(string value, string given)
    {
        if (value.Contains(given, StringComparison.Ordinal))
        {
            return 0;
        }
        var near = Levenshtein.Within(value, given, 2) || (given.Length >= 4 && value.Split(' ', '-').Any(w => Levenshtein.Within(w, given, given.Length >= 7 ? 2 : 1)));
        return near ? 1 : -1;
    }
}
