using System.Buffers.Binary;
using Search.Core.Copies;

namespace Search.Core.Text;

/// <summary>
/// A near-duplicate fingerprint of an article's body: MinHash over its word 4-shingles (lower-cased letters and digits;
/// punctuation, spacing and case do not count), 64 hash functions, the low 16 bits of each minimum kept (b-bit MinHash:
/// two unrelated texts agree on a component by chance once in 65,536), and the number of shingles. Two fingerprints
/// estimate the share of shingles two bodies have in common (<see cref="Jaccard(BodyFingerprint)"/>) and how much of the shorter lies in
/// the longer (<see cref="Containment(BodyFingerprint)"/>): a repost with a new intro, a cut ending or inserted ads keeps most of its
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

    /// <summary>The components, for comparing many fingerprints held in one array (<see cref="CopyClusters"/>).</summary>
    public ReadOnlySpan<ushort> Components => _mins;

    /// <summary>The estimated share of shingles the two bodies have in common, of all the shingles of either.</summary>
    public double Jaccard(BodyFingerprint other) => Jaccard(_mins, Shingles, other._mins, other.Shingles);

    /// <summary>The estimated share of the shorter body's shingles found in the longer one.</summary>
    public double Containment(BodyFingerprint other) => Containment(Jaccard(other), Shingles, other.Shingles);

    /// <summary><see cref="Jaccard(BodyFingerprint)"/> of two fingerprints given by their components and shingle counts.</summary>
    public static double Jaccard(ReadOnlySpan<ushort> a, int shinglesA, ReadOnlySpan<ushort> b, int shinglesB)
    {
        if (shinglesA == 0 || shinglesB == 0)
        {
            return 0;
        }
        var same = 0;
        for (var h = 0; h < Hashes; h++)
        {
            same += a[h] == b[h] ? 1 : 0;
        }
        return same / (double)Hashes;
    }

    /// <summary>The share of the shorter body's shingles in the longer, from their Jaccard estimate and shingle counts.</summary>
    public static double Containment(double jaccard, int shinglesA, int shinglesB)
    {
        if (jaccard == 0)
        {
            return 0;
        }
        var shared = jaccard * (shinglesA + shinglesB) / (1 + jaccard);
        return Math.Min(1, shared / Math.Min(shinglesA, shinglesB));
    }

    /// <summary>Two components as one number: the key of one locality-sensitive-hashing band.</summary>
    public static uint Band(ReadOnlySpan<ushort> components, int band) => ((uint)components[2 * band] << 16) | components[2 * band + 1];

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
        var mins = new ushort[Hashes];
        return TryRead(bytes, mins, out var shingles) ? new BodyFingerprint(mins, shingles) : null;
    }

    /// <summary>Reads a fingerprint's bytes into <paramref name="components"/> (<see cref="Hashes"/> long); false when they are not one.</summary>
    public static bool TryRead(ReadOnlySpan<byte> bytes, Span<ushort> components, out int shingles)
    {
        shingles = bytes.Length == Bytes ? BinaryPrimitives.ReadInt32LittleEndian(bytes) : -1;
        if (shingles < 0)
        {
            return false;
        }
        for (var h = 0; h < Hashes; h++)
        {
            components[h] = BinaryPrimitives.ReadUInt16LittleEndian(bytes[(4 + 2 * h)..]);
        }
        return true;
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
