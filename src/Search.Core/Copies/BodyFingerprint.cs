using System.Buffers.Binary;

namespace Search.Core.Copies;

/// <summary>
/// A near-duplicate fingerprint of an article's body: MinHash over its word 4-shingles (lower-cased letters and digits;
/// punctuation, spacing and case do not count), 64 hash functions, the low 16 bits of each minimum kept (b-bit MinHash:
/// two unrelated texts agree on a component by chance once in 65,536), and the number of shingles. Two fingerprints
/// estimate the share of shingles two bodies have in common (<see cref="Jaccard"/>) and how much of the shorter lies in
/// the longer (<see cref="Containment"/>): a repost with a new intro, a cut ending or inserted ads keeps most of its
/// shingles; two articles written separately on the same event share a few quotes at most.
/// Chosen over SimHash because it measures containment: a trimmed repost is a copy of a small part of a long original.
/// </summary>
public sealed class BodyFingerprint
{
    public const int Hashes = 64;
    public const int ShingleWords = 4;
    private const int Bytes = 4 + Hashes * 2;
    private static readonly ulong[] Multipliers = Seeds(0x9E3779B97F4A7C15UL);
    private static readonly ulong[] Offsets = Seeds(0xD1B54A32D192ED03UL);

    private readonly ushort[] _mins;

    private BodyFingerprint(ushort[] mins, int shingles)
    {
        _mins = mins;
        Shingles = shingles;
    }

    /// <summary>How many word 4-shingles the body has (0: fewer than four words).</summary>
    public int Shingles { get; }

    public static BodyFingerprint Of(string text)
    {
        Span<ulong> mins = stackalloc ulong[Hashes];
        mins.Fill(ulong.MaxValue);
        Span<ulong> window = stackalloc ulong[ShingleWords];
        var words = 0;
        var shingles = 0;
        var word = FnvOffset;
        var inWord = false;
        for (var i = 0; i <= text.Length; i++)
        {
            var c = i < text.Length ? text[i] : ' ';
            if (char.IsLetterOrDigit(c))
            {
                word = (word ^ char.ToLowerInvariant(c)) * FnvPrime;
                inWord = true;
                continue;
            }
            if (c is '\'' or '’' && inWord && i + 1 < text.Length && char.IsLetter(text[i + 1]))
            {
                continue;
            }
            if (!inWord)
            {
                continue;
            }
            window[words % ShingleWords] = word;
            words++;
            word = FnvOffset;
            inWord = false;
            if (words < ShingleWords)
            {
                continue;
            }
            // The four words in order: each rotated by its place, so "a b c d" and "b a c d" differ.
            var shingle = 0UL;
            for (var k = words - ShingleWords; k < words; k++)
            {
                shingle = ((shingle << 23) | (shingle >> 41)) ^ window[k % ShingleWords];
            }
            shingle *= 0x9E3779B97F4A7C15UL;
            shingles++;
            for (var h = 0; h < Hashes; h++)
            {
                var x = shingle * Multipliers[h] + Offsets[h];
                x ^= x >> 31;
                if (x < mins[h])
                {
                    mins[h] = x;
                }
            }
        }
        var kept = new ushort[Hashes];
        for (var h = 0; h < Hashes; h++)
        {
            kept[h] = (ushort)(mins[h] ^ (mins[h] >> 16) ^ (mins[h] >> 32) ^ (mins[h] >> 48));
        }
        return new BodyFingerprint(kept, shingles);
    }

    /// <summary>The estimated share of shingles the two bodies have in common, of all the shingles of either.</summary>
    public double Jaccard(BodyFingerprint other)
    {
        if (Shingles == 0 || other.Shingles == 0)
        {
            return 0;
        }
        var same = 0;
        for (var h = 0; h < Hashes; h++)
        {
            same += _mins[h] == other._mins[h] ? 1 : 0;
        }
        return same / (double)Hashes;
    }

    /// <summary>The estimated share of the shorter body's shingles found in the longer one.</summary>
    public double Containment(BodyFingerprint other)
    {
        var j = Jaccard(other);
        if (j == 0)
        {
            return 0;
        }
        var shared = j * (Shingles + other.Shingles) / (1 + j);
        return Math.Min(1, shared / Math.Min(Shingles, other.Shingles));
    }

    /// <summary>Two components as one number: the key of one locality-sensitive-hashing band.</summary>
    public uint Band(int band) => ((uint)_mins[2 * band] << 16) | _mins[2 * band + 1];

    public const int Bands = Hashes / 2;

    public byte[] ToBytes()
    {
        var bytes = new byte[Bytes];
        BinaryPrimitives.WriteInt32LittleEndian(bytes, Shingles);
        for (var h = 0; h < Hashes; h++)
        {
            BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(4 + 2 * h), _mins[h]);
        }
        return bytes;
    }

    /// <summary>A fingerprint back from its bytes; null when they are not one (a damaged or foreign value).</summary>
    public static BodyFingerprint? FromBytes(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length != Bytes)
        {
            return null;
        }
        var mins = new ushort[Hashes];
        for (var h = 0; h < Hashes; h++)
        {
            mins[h] = BinaryPrimitives.ReadUInt16LittleEndian(bytes[(4 + 2 * h)..]);
        }
        var shingles = BinaryPrimitives.ReadInt32LittleEndian(bytes);
        return shingles < 0 ? null : new BodyFingerprint(mins, shingles);
    }

    private const ulong FnvOffset = 0xCBF29CE484222325UL;
    private const ulong FnvPrime = 0x100000001B3UL;

    // Odd multipliers and offsets from a fixed SplitMix64 sequence: the same fingerprints on every machine and run.
    private static ulong[] Seeds(ulong seed)
    {
        var values = new ulong[Hashes];
        for (var i = 0; i < Hashes; i++)
        {
            seed += 0x9E3779B97F4A7C15UL;
            var z = seed;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            values[i] = (z ^ (z >> 31)) | 1;
        }
        return values;
    }
}
