using Search.Core.Enrichment;
using Search.Core.Schema;
using Search.Core.Facets;

namespace Search.Core.Searching;

/// <summary>
/// Turns a search's facet counts into what a client shows: the top values of each facet (or every year or month, in
/// order, for histograms), selected values marked and always listed, country codes with their names, and for a
/// facet-value search only the values whose name or any word of it starts with the prefix.
/// </summary>
internal static class FacetShaper
{
    public static Dictionary<string, IReadOnlyList<FacetCount>> Shape(MultiSelectCollector counts, SearchPlan plan, KeywordValues values, string? prefix = null)
    {
        var result = new Dictionary<string, IReadOnlyList<FacetCount>>(StringComparer.Ordinal);
        var wanted = prefix is null ? null : PersonNameData.Key(prefix);
        foreach (var facet in plan.Facets)
        {
            var selected = Selected(plan.Request, facet, values);
            bool IsSelected(string v) => selected.Contains(v, StringComparer.OrdinalIgnoreCase);
            Func<string, bool>? keep = wanted is null ? null
                : v => StartsWithWord(v, wanted) || (values.DisplayName(facet, v) is { } name && StartsWithWord(name, wanted));
            var listed = facet.IsFilter
                ? counts.Top(facet.IndexName, plan.Request.FacetSize, keep).Select(kv => Count(facet, kv.Key, kv.Value, IsSelected(kv.Key), values)).ToList()
                : counts.All(facet.IndexName).Select(kv => Count(facet, kv.Key, kv.Value, false, values)).ToList();
            // A selected value always shows, even when nothing matches it now.
            foreach (var s in selected.Where(s => wanted is null && !listed.Any(l => l.Value.Equals(s, StringComparison.OrdinalIgnoreCase))))
            {
                listed.Add(Count(facet, s, counts.CountOf(facet.IndexName, s), true, values));
            }
            result[facet.Name] = listed;
        }
        return result;
    }

    private static FacetCount Count(FieldDefinition facet, string value, int count, bool selected, KeywordValues values) =>
        new(value, count, selected, values.DisplayName(facet, value));

    private static List<string> Selected(SearchRequest request, FieldDefinition facet, KeywordValues values) =>
        request.Filters.Where(f => FieldCatalog.Filter(f.Key) == facet).SelectMany(f => f.Value)
            .Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => values.Canonical(facet, v)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    private static bool StartsWithWord(string value, string wantedKey)
    {
        var key = PersonNameData.Key(value);
        return key.StartsWith(wantedKey, StringComparison.Ordinal) || key.Contains(" " + wantedKey, StringComparison.Ordinal)
            || key.Contains("-" + wantedKey, StringComparison.Ordinal);
    }
}
