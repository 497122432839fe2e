using System.Text;

namespace Search.Core.Ingest;

/// <summary>Opens and reads text streams, turning I/O failures into messages (readers report them; they never throw).</summary>
internal static class TextStream
{
    public static (StreamReader? Reader, string? Error) Open(string file)
    {
        try
        {
            return (new StreamReader(Compressed.Open(file), new UTF8Encoding(false, false), detectEncodingFromByteOrderMarks: true), null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, e.Message);
        }
    }

    public static (string? Line, string? Error) ReadLine(TextReader reader)
    {
        try
        {
            return (reader.ReadLine(), null);
        }
        catch (IOException e)
        {
            return (null, e.Message);
        }
    }
}
