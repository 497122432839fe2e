using System.IO.Compression;
using Search.Core.Text;

namespace Search.Core.Enrichment.Tagging;

/// <summary>
/// A trained averaged-perceptron tagger: a weight per feature key and tag, decoded greedily left to right (each token's
/// features include the two tags before it). Immutable once loaded: one instance serves every thread.
/// The file is gzip over a small binary layout: magic, tag count, feature count, then per feature its key and one
/// half-precision weight per tag, keys ascending.
/// </summary>
public sealed class NameModel
{
    private static readonly byte[] Magic = "NSTAG1\n"u8.ToArray();

    private readonly Dictionary<ulong, int> _rows;
    private readonly float[] _weights;

    internal NameModel(Dictionary<ulong, int> rows, float[] weights)
    {
        _rows = rows;
        _weights = weights;
    }

    public int FeatureCount => _rows.Count;

    /// <summary>The tags of a paragraph's tokens (see <see cref="NameTags"/>).</summary>
    public int[] Tag(List<WordToken> tokens, TaggerLexicon lexicon)
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
