using Lucene.Net.Index;
using Lucene.Net.Search;
using Search.Core.Indexing;
using Search.Core.Facets;
using Search.Core.Schema;

namespace Search.Core.Coverage;

/// <summary>
/// Collects the matches of a search by value of one facet (outlet), then tells what each value says differently from
/// the others: people and countries from every match's facet values, words and two-word phrases from the text of a
/// sample of each value's matches (reservoir sampling with a fixed seed: the same search gives the same sample). A term
/// is distinctive for a value when that value's articles use it more often than the other values' articles together,
/// with G² at least <see cref="LogLikelihood.Significant"/> and in at least <see cref="MinArticles"/> of its articles
/// (and 1%): rare noise stays out. Stop words (<c>compare-stop-words.txt</c>), numbers and one- or two-letter words are
/// left out; articles are counted once per term, however often they repeat it.
/// </summary>
internal sealed class DistinctiveTerms : ICollector
{
    public const int MinArticles = 3;

    private readonly IndexReader _reader;
    private readonly FacetOrdinals.Field _byOrdinals;
    private readonly string _byField;
    private readonly int[] _compared;
    private readonly string[] _labels;
    private readonly int _samplePerValue;
    private readonly int[] _articles;
    private readonly List<int>[] _samples;
    private readonly Dictionary<int, int>[] _people;
    private readonly Dictionary<int, int>[] _countries;
    private readonly FacetOrdinals.Field _personOrdinals;
    private readonly FacetOrdinals.Field _countryOrdinals;
    private readonly Random _random = new(20261205);
    private SegmentFacet _by;
    private SegmentFacet _person;
    private SegmentFacet _country;
    private int _docBase;

    /// <param name="reader">The reader searched.</param>
    /// <param name="byField">The facet compared (its index name).</param>
    /// <param name="compared">The global ordinals of the compared values of <paramref name="byField"/> (-1: a value no article has).</param>
    /// <param name="labels">The compared values as the answer names them.</param>
    /// <param name="samplePerValue">How many matches of each value are read for words.</param>
    public DistinctiveTerms(IndexReader reader, string byField, int[] compared, string[] labels, int samplePerValue)
    {
        _labels = labels;
        _reader = reader;
        _byField = byField;
        _byOrdinals = FacetOrdinals.For(reader).Get(byField);
        _personOrdinals = FacetOrdinals.For(reader).Get(IndexFields.Person);
        _countryOrdinals = FacetOrdinals.For(reader).Get(IndexFields.Country);
        _compared = compared;
        _samplePerValue = samplePerValue;
        _articles = new int[compared.Length];
        _samples = compared.Select(_ => new List<int>()).ToArray();
        _people = compared.Select(_ => new Dictionary<int, int>()).ToArray();
        _countries = compared.Select(_ => new Dictionary<int, int>()).ToArray();
    }

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        _docBase = context.DocBase;
        _by = new SegmentFacet(context, _byOrdinals, _byField);
        _person = new SegmentFacet(context, _personOrdinals, IndexFields.Person);
        _country = new SegmentFacet(context, _countryOrdinals, IndexFields.Country);
    }

    public void Collect(int doc)
    {
        var (start, end) = _by.Range(doc);
        for (var i = start; i < end; i++)
        {
            var k = Array.IndexOf(_compared, _by.GlobalOrd(i));
            if (k >= 0)
            {
                Collect(k, doc);
            }
        }
    }

    private void Collect(int k, int doc)
    {
        var seen = ++_articles[k];
        if (_samples[k].Count < _samplePerValue)
        {
            _samples[k].Add(_docBase + doc);
        }
        else if (_random.Next(seen) is var slot && slot < _samplePerValue)
        {
            _samples[k][slot] = _docBase + doc;
        }
        Count(_person, doc, _people[k]);
        Count(_country, doc, _countries[k]);
    }

    private static void Count(SegmentFacet facet, int doc, Dictionary<int, int> counts)
    {
        var (start, end) = facet.Range(doc);
        for (var i = start; i < end; i++)
        {
            var ord = facet.GlobalOrd(i);
            counts[ord] = counts.GetValueOrDefault(ord) + 1;
        }
    }

    public IReadOnlyList<ComparedValue> Result(IReadOnlySet<string> stopWords, int size, Func<string, string?> countryName, Func<string, string?> valueName)
    {
        // Each value's sampled texts are read into word ids (in parallel). A phrase can be distinctive for a value only
        // if the value's own articles have it MinArticles times (and 1%), so its two words are that frequent there too:
        // each value counts only such phrases of its own, and then, in every other value, only the phrases that are
        // candidates somewhere. Counts on both sides stay exact; no table of every phrase is ever built.
        var read = new SampledWords[_compared.Length];
        Parallel.For(0, _compared.Length, k => read[k] = SampledWords.Read(_reader, _samples[k], stopWords));
        var minimum = _samples.Select(sample => Minimum(sample.Count)).ToArray();
        var candidates = new Dictionary<string, int>[_compared.Length];
        Parallel.For(0, _compared.Length, k => candidates[k] = read[k].PhrasesCounted(minimum[k]));
        var wanted = candidates.SelectMany(c => c.Keys).ToHashSet(StringComparer.Ordinal);
        var counted = new Dictionary<string, int>[_compared.Length];
        Parallel.For(0, _compared.Length, k => counted[k] = read[k].PhrasesAmong(wanted));
        var result = new List<ComparedValue>();
        for (var k = 0; k < _compared.Length; k++)
        {
            var others = Enumerable.Range(0, _compared.Length).Where(j => j != k).ToList();
            var sampled = _samples[k].Count;
            var otherSampled = others.Sum(j => _samples[j].Count);
            var otherArticles = others.Sum(j => _articles[j]);
            result.Add(new ComparedValue(_labels[k], valueName(_labels[k]), _articles[k], sampled,
                Distinctive(read[k].WordsCounted(minimum[k]), sampled, t => others.Sum(j => read[j].Count(t)), otherSampled, size, t => t, _ => null),
                Distinctive(candidates[k], sampled, t => others.Sum(j => counted[j].GetValueOrDefault(t)), otherSampled, size, t => t, _ => null),
                Distinctive(_people[k], _articles[k], o => others.Sum(j => _people[j].GetValueOrDefault(o)), otherArticles, size, o => _personOrdinals.Value(o), _ => null),
                Distinctive(_countries[k], _articles[k], o => others.Sum(j => _countries[j].GetValueOrDefault(o)), otherArticles, size, o => _countryOrdinals.Value(o), countryName)));
        }
        return result;
    }

    // The fewest articles of a value that must have a term for it to be listed: 3, and 1% of them.
    private static int Minimum(int articles) => Math.Max(MinArticles, (int)Math.Ceiling(articles * 0.01));

    private static List<DistinctiveTerm> Distinctive<T>(Dictionary<T, int> counts, int n, Func<T, int> otherCount, int otherN, int size,
        Func<T, string> label, Func<string, string?> name) where T : notnull
    {
        var min = Minimum(n);
        return counts.Where(kv => kv.Value >= min)
            .Select(kv => (Key: kv.Key, Count: kv.Value, Other: otherCount(kv.Key)))
            .Where(t => otherN == 0 || (double)t.Count / n > (double)t.Other / otherN)
            .Select(t => (t.Key, t.Count, t.Other, Score: LogLikelihood.G2(t.Count, n, t.Other, otherN)))
            .Where(t => t.Score >= LogLikelihood.Significant)
            .OrderByDescending(t => t.Score).Take(size)
            .Select(t => { var l = label(t.Key); return new DistinctiveTerm(l, t.Count, t.Other, Math.Round(t.Score, 1), name(l)); })
            .ToList();
    }
}
