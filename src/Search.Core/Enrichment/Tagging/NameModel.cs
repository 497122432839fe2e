using System.IO.Compression;
using Search.Core.Text;

namespace Search.Core.Enrichment.Tagging;

/// <summary>
/// A trained averaged-perceptron tagger: a weight per feature key and tag, decoded greedily left to right (each token's
/// features include the two tags before it), or with a beam (<see cref="WithBeam"/>). Immutable once loaded: one instance serves every thread.
/// The file is gzip over a small binary layout: magic, tag count, feature count, then per feature its key and one
/// half-precision weight per tag, keys ascending.
/// </summary>
public sealed class NameModel
{
    private static readonly byte[] Magic = "NSTAG1\n"u8.ToArray();

    private readonly Dictionary<ulong, int> _rows;
    private readonly float[] _weights;

    private readonly int _beam;

    internal NameModel(Dictionary<ulong, int> rows, float[] weights, int beam = 1)
    {
        _rows = rows;
        _weights = weights;
        _beam = beam;
    }

    /// <summary>
    /// The same model decoding with a beam of <paramref name="width"/> hypotheses (1: greedy, what the service uses;
    /// measured in docs/enrichment.md: more accurate on held-out text, slower).
    /// </summary>
    public NameModel WithBeam(int width) => new(_rows, _weights, Math.Max(1, width));

    public int FeatureCount => _rows.Count;

    /// <summary>The tags of a paragraph's tokens (see <see cref="NameTags"/>).</summary>
    public int[] Tag(List<WordToken> tokens, TaggerLexicon lexicon) => _beam > 1 ? TagBeam(tokens, lexicon, _beam) : TagGreedy(tokens, lexicon);

    // Beam decoding: a few hypotheses of the tags so far, each extended by every tag that may follow; hypotheses ending
    // in the same two tags have the same future, so only the best of each is kept, then the best `width`.
    private int[] TagBeam(List<WordToken> tokens, TaggerLexicon lexicon, int width)
    {
        const int T = NameTags.Count;
        var n = tokens.Count;
        var tags = new int[n];
        if (n == 0)
        {
            return tags;
        }
        var features = new TokenFeatures(tokens, lexicon);
        Span<ulong> keys = stackalloc ulong[TokenFeatures.MaxFeatures];
        Span<float> words = stackalloc float[T];
        Span<float> scores = stackalloc float[T];
        // Per position and hypothesis: its tag, the tag before it, its parent hypothesis; scores of the current ones.
        var tag = new int[n * width];
        var before = new int[n * width];
        var parent = new int[n * width];
        Span<float> score = stackalloc float[width];
        Span<float> best = stackalloc float[T * T];
        Span<int> bestParent = stackalloc int[T * T];
        Span<float> kept = stackalloc float[width];
        var live = 1;
        score[0] = 0;
        for (var i = 0; i < n; i++)
        {
            var candidate = features.IsCandidate(i);
            if (candidate)
            {
                Score(keys[..features.ExtractWords(i, keys)], words);
            }
            best.Fill(float.NegativeInfinity);
            for (var e = 0; e < live; e++)
            {
                var prev = i == 0 ? NameTags.O : tag[(i - 1) * width + e];
                var prev2 = i < 2 ? NameTags.O : before[(i - 1) * width + e];
                if (candidate)
                {
                    Score(keys[..features.ExtractTags(i, prev, prev2, keys)], scores);
                }
                for (var t = 0; t < T; t++)
                {
                    if (t != NameTags.O && (!candidate || !NameTags.Allowed(t, prev, tokens[i])))
                    {
                        continue;
                    }
                    var s = score[e] + (candidate ? words[t] + scores[t] : 0);
                    if (s > best[t * T + prev])
                    {
                        best[t * T + prev] = s;
                        bestParent[t * T + prev] = e;
                    }
                }
            }
            // The best `width` of the T×T (tag, tag before) cells.
            live = 0;
            for (var pick = 0; pick < width; pick++)
            {
                var top = -1;
                for (var c = 0; c < T * T; c++)
                {
                    if (!float.IsNegativeInfinity(best[c]) && (top < 0 || best[c] > best[top]))
                    {
                        top = c;
                    }
                }
                if (top < 0)
                {
                    break;
                }
                tag[i * width + live] = top / T;
                before[i * width + live] = top % T;
                parent[i * width + live] = bestParent[top];
                kept[live++] = best[top];
                best[top] = float.NegativeInfinity;
            }
            kept[..live].CopyTo(score);
        }
        var index = 0;
        for (var i = n - 1; i >= 0; i--)
        {
            tags[i] = tag[i * width + index];
            index = parent[i * width + index];
        }
        return tags;
    }

    private int[] TagGreedy(List<WordToken> tokens, TaggerLexicon lexicon)
    {
        var tags = new int[tokens.Count];
        if (tokens.Count == 0)
        {
            return tags;
        }
        var features = new TokenFeatures(tokens, lexicon);
        Span<ulong> keys = stackalloc ulong[TokenFeatures.MaxFeatures];
        Span<float> scores = stackalloc float[NameTags.Count];
        for (var i = 0; i < tags.Length; i++)
        {
            if (!features.IsCandidate(i))
            {
                continue;
            }
            var n = features.Extract(i, i > 0 ? tags[i - 1] : NameTags.O, i > 1 ? tags[i - 2] : NameTags.O, keys);
            Score(keys[..n], scores);
            tags[i] = NameTags.Best(scores, i > 0 ? tags[i - 1] : NameTags.O, tokens[i]);
        }
        return tags;
    }

    internal void Score(ReadOnlySpan<ulong> keys, Span<float> scores)
    {
        scores.Clear();
        foreach (var key in keys)
        {
            if (_rows.TryGetValue(key, out var row))
            {
                var w = _weights.AsSpan(row * NameTags.Count, NameTags.Count);
                for (var t = 0; t < NameTags.Count; t++)
                {
                    scores[t] += w[t];
                }
            }
        }
    }

    public void Save(Stream stream)
    {
        using var gzip = new GZipStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new BinaryWriter(gzip);
        writer.Write(Magic);
        writer.Write(NameTags.Count);
        writer.Write(_rows.Count);
        foreach (var (key, row) in _rows.OrderBy(kv => kv.Key))
        {
            writer.Write(key);
            for (var t = 0; t < NameTags.Count; t++)
            {
                writer.Write((Half)_weights[row * NameTags.Count + t]);
            }
        }
    }

    public void Save(string path)
    {
        using var file = File.Create(path);
        Save(file);
    }

    /// <summary>Reads a model file; a missing file is a <see cref="FileNotFoundException"/>, a damaged one an <see cref="InvalidDataException"/> naming it.</summary>
    public static NameModel Load(string path)
    {
        using var file = File.OpenRead(path);
        try
        {
            return Load(file);
        }
        catch (Exception e) when (e is EndOfStreamException or InvalidDataException or OverflowException)
        {
            throw new InvalidDataException($"the name tagger's model {path} is damaged ({e.Message}); restore it from the release or retrain it (tools/Search.Training)", e);
        }
    }

    public static NameModel Load(Stream stream)
    {
        using var gzip = new GZipStream(stream, CompressionMode.Decompress, leaveOpen: true);
        using var reader = new BinaryReader(gzip);
        if (!reader.ReadBytes(Magic.Length).AsSpan().SequenceEqual(Magic))
        {
            throw new InvalidDataException("not a name tagger model");
        }
        var tagCount = reader.ReadInt32();
        var count = reader.ReadInt32();
        if (tagCount != NameTags.Count || count is < 0 or > 50_000_000)
        {
            throw new InvalidDataException($"unexpected sizes: {tagCount} tags, {count} features");
        }
        var rows = new Dictionary<ulong, int>(count);
        var weights = new float[count * NameTags.Count];
        var previous = 0UL;
        for (var r = 0; r < count; r++)
        {
            var key = reader.ReadUInt64();
            if (r > 0 && key <= previous)
            {
                throw new InvalidDataException("feature keys out of order");
            }
            previous = key;
            rows[key] = r;
            for (var t = 0; t < NameTags.Count; t++)
            {
                weights[r * NameTags.Count + t] = (float)reader.ReadHalf();
            }
        }
        if (gzip.ReadByte() != -1)
        {
            throw new InvalidDataException("trailing bytes after the last feature");
        }
        return new NameModel(rows, weights);
    }
}
