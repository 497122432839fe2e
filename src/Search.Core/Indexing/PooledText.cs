using System.Buffers;

namespace Search.Core.Indexing;

/// <summary>
/// An article's text decompressed into a rented buffer, for reading it without making a string of it (highlighting a
/// page of hits needs only the passages it cuts). Return it with <see cref="Dispose"/>; the span is not valid after.
/// </summary>
public sealed class PooledText : IDisposable
{
    private char[]? _chars;
    private readonly bool _rented;

    internal PooledText(char[] chars, int length, bool rented = true)
    {
        _chars = chars;
        Length = length;
        _rented = rented;
    }

    /// <summary>No text (an article without a body).</summary>
    internal static PooledText Empty() => new([], 0, rented: false);

    public int Length { get; }

    public ReadOnlyMemory<char> Memory => (_chars ?? throw new ObjectDisposedException(nameof(PooledText))).AsMemory(0, Length);

    public ReadOnlySpan<char> Span => Memory.Span;

    public override string ToString() => new(Span);

    public void Dispose()
    {
        if (_chars is { } chars)
        {
            _chars = null;
            if (_rented)
            {
                ArrayPool<char>.Shared.Return(chars);
            }
        }
    }
}
