using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
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
/// that finds something pays nothing for it; a field's values (with their comparison keys) and each answer are kept
/// with the reader, so a search that finds nothing again costs a lookup.
/// </summary>
internal static class FilterSuggestions
{
    private const int Max = 5;

    /// <summary>Answers kept per reader, at most (past it, new ones are computed each time).</summary>
    private const int MaxKeptAnswers = 4_096;

    private sealed class ReaderCache
    {
        public readonly ConcurrentDictionary<string, (string Value, string Key)[]> Values = new(StringComparer.Ordinal);
        public readonly ConcurrentDictionary<(string Field, string Given), string[]> Answers = new();
    }

    private static readonly ConditionalWeakTable<IndexReader, ReaderCache> Cache = new();

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
            var cache = Cache.GetValue(reader, _ => new ReaderCache());
            var all = cache.Values.GetOrAdd(field.IndexName, name =>
            {
                var ordinals = FacetOrdinals.For(reader).Get(name);
                return Enumerable.Range(0, (int)ordinals.ValueCount).Select(o => ordinals.Value(o)).Select(v => (v, PersonNameData.Key(v))).ToArray();
            });
            var suggested = unknown.SelectMany(v => Answer(cache, field.IndexName, v, all)).Distinct(StringComparer.Ordinal).Take(Max).ToList();
            if (suggested.Count > 0)
            {
                (result ??= [])[field.Name] = suggested;
            }
        }
        return result;
    }

    // Rank 0: the value has the given text as a word or within it; 1: the whole value, or one of its words, is within
    // two edits of it ("Gants" → "Benny Gantz").
    private static string[] Closest(string given, (string Value, string Key)[] values)
    {
        var key = PersonNameData.Key(given);
        return values
            .Select(v => (v.Value, Rank: Rank(v.Key, key)))
            .Where(v => v.Rank >= 0)
            .OrderBy(v => v.Rank).ThenBy(v => v.Value, StringComparer.Ordinal)
            .Select(v => v.Value)
            .Take(Max)
            .ToArray();
    }

    private static string[] Answer(ReaderCache cache, string field, string given, (string Value, string Key)[] values)
    {
        if (cache.Answers.TryGetValue((field, given), out var kept))
        {
            return kept;
        }
        var answer = Closest(given, values);
        if (cache.Answers.Count < MaxKeptAnswers)
        {
            cache.Answers.TryAdd((field, given), answer);
        }
        return answer;
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
