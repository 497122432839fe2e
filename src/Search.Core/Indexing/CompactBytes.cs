using System.Buffers;
using System.Text;

namespace Search.Core.Indexing;

/// <summary>
/// The compact binary form of what the index keeps per article (<see cref="StoredMeta"/>, <see cref="SourceRecord"/>):
/// strings and byte blocks as a length-plus-one (0 = none) and their bytes, numbers and counts as variable-length
/// integers. A damaged value fails to read with <see cref="ArgumentException"/>, <see cref="IndexOutOfRangeException"/>
/// or <see cref="OverflowException"/>, which the callers turn into <see cref="InvalidDataException"/>.
/// </summary>
internal static class CompactBytes
{
    public static void WriteNumber(IBufferWriter<byte> output, uint value)
    {
        var span = output.GetSpan(5);
        var n = 0;
        while (value >= 0x80)
        {
            span[n++] = (byte)(value | 0x80);
            value >>= 7;
        }
        span[n++] = (byte)value;
        output.Advance(n);
    }

    public static void WriteString(IBufferWriter<byte> output, string? value)
    {
        if (value is null)
        {
            WriteNumber(output, 0);
            return;
        }
        var length = Encoding.UTF8.GetByteCount(value);
        WriteNumber(output, (uint)length + 1);
        Encoding.UTF8.GetBytes(value, output.GetSpan(length));
        output.Advance(length);
    }

    public static void WriteBlock(IBufferWriter<byte> output, ReadOnlySpan<byte> block)
    {
        WriteNumber(output, (uint)block.Length + 1);
        output.Write(block);
    }

    public static void WriteList<T>(IBufferWriter<byte> output, IReadOnlyList<T> items, Action<T> write)
    {
        WriteNumber(output, (uint)items.Count);
        foreach (var item in items)
        {
            write(item);
        }
    }

    public ref struct Reader(ReadOnlySpan<byte> bytes)
    {
        private readonly ReadOnlySpan<byte> _bytes = bytes;
        private int _at;

        public byte Byte() => _bytes[_at++];

        public readonly bool AtEnd => _at >= _bytes.Length;

        public uint Number()
        {
            uint value = 0;
            for (var shift = 0; shift < 35; shift += 7)
            {
                var b = _bytes[_at++];
                value |= (uint)(b & 0x7F) << shift;
                if (b < 0x80)
                {
                    return value;
                }
            }
            throw new OverflowException("a number longer than five bytes");
        }

        public int Count()
        {
            var count = Number();
            // Every item takes at least one byte: a count beyond what is left is damage, not a reason to allocate.
            return count <= (uint)(_bytes.Length - _at) ? (int)count : throw new OverflowException("a count beyond the value's end");
        }

        public string? String()
        {
            var length = Number();
            return length == 0 ? null : Encoding.UTF8.GetString(Take(length - 1));
        }

        /// <summary>A block written by <see cref="WriteBlock"/>; empty for none.</summary>
        public ReadOnlySpan<byte> Block()
        {
            var length = Number();
            return length == 0 ? default : Take(length - 1);
        }

        private ReadOnlySpan<byte> Take(uint length)
        {
            var taken = _bytes.Slice(_at, (int)length);
            _at += (int)length;
            return taken;
        }

        public string[] Strings()
        {
            var items = new string[Count()];
            for (var i = 0; i < items.Length; i++)
            {
                items[i] = String() ?? "";
            }
            return items;
        }
    }
}
