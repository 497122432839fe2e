using System.Text;
using System.Text.RegularExpressions;

namespace Search.Core.Ingest;

/// <summary>
/// The character set a page is written in: the one an HTTP header names, else the page's own <c>&lt;meta charset&gt;</c>
/// (or <c>http-equiv</c> content type) in its first 2 KB; pages saved in Latin-1 or Windows-1252 read right.
/// </summary>
public static partial class Charsets
{
    [GeneratedRegex(@"charset\s*=\s*[""']?(?<charset>[\w.:-]+)", RegexOptions.IgnoreCase)]
    private static partial Regex Charset();

    static Charsets() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>The encoding named in <paramref name="contentType"/> or declared in the page's head; null when none is, or it is unknown.</summary>
    public static Encoding? Declared(ReadOnlySpan<byte> bytes, string? contentType = null)
    {
        var name = contentType is not null && Charset().Match(contentType) is { Success: true } header ? header.Groups["charset"].Value
            : Charset().Match(Encoding.ASCII.GetString(bytes[..Math.Min(bytes.Length, 2048)])) is { Success: true } meta ? meta.Groups["charset"].Value
            : null;
        if (name is null)
        {
            return null;
        }
        try
        {
            return Encoding.GetEncoding(name);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
