using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Search.Core.Ingest;

/// <summary>An HTTP response as a WARC record holds it: status, headers and the body as sent (chunked, compressed).</summary>
internal sealed class HttpResponse
{
    private readonly Dictionary<string, string> _headers = new(StringComparer.OrdinalIgnoreCase);
    private byte[] _body = [];

    public int Status { get; private set; }

    public string? Header(string name) => _headers.GetValueOrDefault(name);

    public static bool TryParse(byte[] block, out HttpResponse response)
    {
        response = new HttpResponse();
        using var stream = new MemoryStream(block);
        var status = WarcReader.ReadLine(stream);
        var parts = status?.Split(' ', 3);
        if (parts is not { Length: >= 2 } || !parts[0].StartsWith("HTTP/", StringComparison.Ordinal) || !int.TryParse(parts[1], out var code))
        {
            return false;
        }
        response.Status = code;
        try
        {
            for (var line = WarcReader.ReadLine(stream); !string.IsNullOrEmpty(line); line = WarcReader.ReadLine(stream))
            {
                var colon = line.IndexOf(':');
                if (colon > 0)
                {
                    response._headers[line[..colon].Trim()] = line[(colon + 1)..].Trim();
                }
            }
        }
        catch (IOException)
        {
            return false;
        }
        response._body = block[(int)stream.Position..];
        return true;
    }

    public byte[] DecodedBody()
    {
        var body = Header("transfer-encoding")?.Contains("chunked", StringComparison.OrdinalIgnoreCase) == true ? Dechunk(_body) : _body;
        var encoding = Header("content-encoding")?.Trim().ToLowerInvariant();
        Stream? decoder = encoding switch
        {
            "gzip" or "x-gzip" => new GZipStream(new MemoryStream(body), CompressionMode.Decompress),
            "deflate" => new ZLibStream(new MemoryStream(body), CompressionMode.Decompress),
            "br" => new BrotliStream(new MemoryStream(body), CompressionMode.Decompress),
            _ => null,
        };
        if (decoder is null)
        {
            return body;
        }
        using (decoder)
        {
            using var output = new MemoryStream();
            decoder.CopyTo(output);
            return output.ToArray();
        }
    }

    private static byte[] Dechunk(byte[] chunked)
    {
        using var input = new MemoryStream(chunked);
        using var output = new MemoryStream();
        while (WarcReader.ReadLine(input) is { } sizeLine)
        {
            var size = Convert.ToInt32(sizeLine.Split(';')[0].Trim(), 16);
            if (size == 0)
            {
                break;
            }
            var chunk = new byte[size];
            input.ReadExactly(chunk);
            output.Write(chunk);
            WarcReader.ReadLine(input);
        }
        return output.ToArray();
    }
}
