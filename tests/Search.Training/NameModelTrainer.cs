using Search.Core.Enrichment.Tagging;
using Search.Core.Text;

namespace Search.Training;

/// <summary>
/// Trains a <see cref="NameModel"/>: an averaged perceptron (Collins 2002) over <see cref="TokenFeatures"/>, greedy
/// decoding with the model's own previous predictions as history, sentences shuffled each epoch by a seeded generator.
/// (The tagger then decodes with BIO constraints: <see cref="NameTags.Best"/>.)
/// Deterministic: the same sentences, lexicon, epochs and seed give the same model, byte for byte.
/// </summary>
public sealed class NameModelTrainer(TaggerLexicon lexicon)
{
    private readonly Dictionary<ulong, int> _rows = new();
    private float[] _weights = new float[1 << 16];
    private double[] _totals = new double[1 << 16];
    private int[] _stamps = new int[1 << 16];
    private int _clock;

    public NameModel Train(IReadOnlyList<TrainingSentence> sentences, int epochs, int seed, Action<int, double>? onEpoch = null)
    {
        var features = sentences.Select(s => new TokenFeatures(s.Tokens, lexicon)).ToArray();
        var order = Enumerable.Range(0, sentences.Count).ToArray();
        var random = new Random(seed);
        Span<ulong> keys = stackalloc ulong[TokenFeatures.MaxFeatures];
        Span<float> scores = stackalloc float[NameTags.Count];
        for (var epoch = 0; epoch < epochs; epoch++)
        {
            random.Shuffle(order);
            int seen = 0, right = 0;
            foreach (var s in order)
            {
                var gold = sentences[s].Tags;
                var f = features[s];
                var predicted = new int[f.Count];
                for (var i = 0; i < f.Count; i++)
                {
                    if (!f.IsCandidate(i))
                    {
                        continue;
                    }
                    _clock++;
                    var n = f.Extract(i, i > 0 ? predicted[i - 1] : NameTags.O, i > 1 ? predicted[i - 2] : NameTags.O, keys);
                    Score(keys[..n], scores);
                    // Updates follow the unconstrained best tag, so every tag's weights learn from every mistake; only
                    // the break at punctuation is applied (measured: masking invalid tags here cost 7 points of F1).
                    var guess = NameTags.Constrain(ArgMax(scores), sentences[s].Tokens[i]);
                    predicted[i] = guess;
                    seen++;
                    if (guess == gold[i])
                    {
                        right++;
                        continue;
                    }
                    foreach (var key in keys[..n])
                    {
                        var row = Row(key);
                        Update(row * NameTags.Count + gold[i], 1);
                        Update(row * NameTags.Count + guess, -1);
                    }
                }
            }
            onEpoch?.Invoke(epoch + 1, seen == 0 ? 1 : (double)right / seen);
        }
        return Averaged();
    }

    private static int ArgMax(ReadOnlySpan<float> scores)
    {
        var best = 0;
        for (var t = 1; t < scores.Length; t++)
        {
            if (scores[t] > scores[best])
            {
                best = t;
            }
        }
        return best;
    }

    private void Score(ReadOnlySpan<ulong> keys, Span<float> scores)
    {
        scores.Clear();
        foreach (var key in keys)
        {
            if (_rows.TryGetValue(key, out var row))
            {
                for (var t = 0; t < NameTags.Count; t++)
                {
                    scores[t] += _weights[row * NameTags.Count + t];
                }
            }
        }
    }

    private int Row(ulong key)
    {
        if (_rows.TryGetValue(key, out var row))
        {
            return row;
        }
        row = _rows.Count;
        _rows[key] = row;
        var needed = (row + 1) * NameTags.Count;
        if (needed > _weights.Length)
        {
            var size = _weights.Length * 2;
            Array.Resize(ref _weights, size);
            Array.Resize(ref _totals, size);
            Array.Resize(ref _stamps, size);
        }
        return row;
    }

    private void Update(int index, float delta)
    {
        _totals[index] += (_clock - _stamps[index]) * (double)_weights[index];
        _stamps[index] = _clock;
        _weights[index] += delta;
    }

    /// <summary>The average of every weight over every step; features whose averaged weights are all near zero are dropped.</summary>
    private NameModel Averaged()
    {
        var rows = new Dictionary<ulong, int>();
        var weights = new List<float>();
        foreach (var (key, row) in _rows.OrderBy(kv => kv.Key))
        {
            var averaged = new float[NameTags.Count];
            var keep = false;
            for (var t = 0; t < NameTags.Count; t++)
            {
                var i = row * NameTags.Count + t;
                var total = _totals[i] + (_clock - _stamps[i]) * (double)_weights[i];
                averaged[t] = (float)(total / Math.Max(1, _clock));
                keep |= Math.Abs(averaged[t]) >= 1e-5f;
            }
            if (keep)
            {
                rows[key] = rows.Count;
                weights.AddRange(averaged);
            }
        }
        return new NameModel(rows, weights.ToArray());
    }
}
