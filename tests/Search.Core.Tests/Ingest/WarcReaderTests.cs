using System.Diagnostics;
using System.IO.Compression;
using System.Net;
using System.Text;
using Search.Core.Enrichment;
using Search.Core.Ingest;

namespace Search.Core.Tests.Ingest;

/// <summary>
/// Web archives as Debian's wget writes them (<c>--warc-file</c>) from a page server on loopback: HTML pages become
/// articles with their address and fetch time; redirects, errors, images and pages fetched twice are counted, not read.
/// </summary>
public sealed class WarcReaderTests : IDisposable
{
    private const string Road = "<html><head><title>Council widens the road | Valley Courier</title><meta property=\"og:title\" content=\"Council widens the road\"></head>" +
                                "<body><article><p>The council voted on Tuesday to widen the harbour road, the mayor said after a long meeting.</p><p>Work starts in spring.</p></article></body></html>";

    private const string Bridge = "<html><head><meta charset=\"iso-8859-1\"><title>Bridge</title></head>" +
                                  "<body><article><p>The old bridge closed for repairs, and the Café du Port lost its customers for a month, its owner said.</p></article></body></html>";

    private readonly HttpListener _server = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly string _base;

    public WarcReaderTests()
    {
        for (var attempt = 0; ; attempt++)
        {
            var port = Random.Shared.Next(20000, 60000);
            _base = $"http://127.0.0.1:{port}/";
            _server.Prefixes.Clear();
            _server.Prefixes.Add(_base);
            try
            {
                _server.Start();
                break;
            }
            catch (HttpListenerException) when (attempt < 20)
            {
                _server.Close();
                _server = new HttpListener();
            }
        }
        _ = Task.Run(Serve);
    }

    private async Task Serve()
    {
        while (!_stop.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await _server.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }
            var response = context.Response;
            switch (context.Request.Url!.AbsolutePath)
            {
                case "/2019/11/19/road.html":
                    response.ContentType = "text/html; charset=utf-8";
                    response.SendChunked = true;
                    await response.OutputStream.WriteAsync(Encoding.UTF8.GetBytes(Road));
                    break;
                case "/news/bridge.html":
                    response.ContentType = "text/html";
                    var latin1 = Encoding.Latin1.GetBytes(Bridge);
                    if (context.Request.Headers["Accept-Encoding"]?.Contains("gzip") == true)
                    {
                        response.AddHeader("Content-Encoding", "gzip");
                        using var packed = new MemoryStream();
                        using (var gzip = new GZipStream(packed, CompressionLevel.Fastest, leaveOpen: true))
                        {
                            gzip.Write(latin1);
                        }
                        latin1 = packed.ToArray();
                    }
                    await response.OutputStream.WriteAsync(latin1);
                    break;
                case "/old":
                    response.StatusCode = 301;
                    response.RedirectLocation = _base + "2019/11/19/road.html";
                    break;
                case "/logo.png":
                    response.ContentType = "image/png";
                    await response.OutputStream.WriteAsync(new byte[] { 0x89, 0x50, 0x4E, 0x47 });
                    break;
                default:
                    response.StatusCode = 404;
                    break;
            }
            response.Close();
        }
    }

    private string Crawl(string name, params string[] options)
    {
        var dir = TestPaths.NewTempFolder();
        var urls = Path.Combine(dir, "urls.txt");
        string[] paths = ["2019/11/19/road.html", "news/bridge.html", "old", "missing", "logo.png", "2019/11/19/road.html"];
        File.WriteAllLines(urls, paths.Select(u => _base + u));
        var archive = Path.Combine(TestPaths.NewTempFolder(), name);
        using var wget = Process.Start(new ProcessStartInfo("wget", ["--warc-file=" + archive, "-i", urls, "-O", "/dev/null", "--tries=1", "--timeout=10", "--no-proxy", "-q", .. options])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        })!;
        wget.StandardError.ReadToEnd();
        wget.WaitForExit();
        return Path.GetDirectoryName(archive)!;
    }

    [Theory]
    [InlineData("crawl", new[] { "--compression=auto" }, "crawl.warc.gz")]
    [InlineData("plain", new[] { "--no-warc-compression" }, "plain.warc")]
    public void WgetsArchive_GivesItsHtmlPagesAsArticles_AndCountsTheRest(string name, string[] options, string file)
    {
        var folder = Crawl(name, options);
        Assert.True(File.Exists(Path.Combine(folder, file)), $"wget wrote no {file}");
        var started = DateTimeOffset.UtcNow.AddMinutes(-5);

        var items = CorpusReader.Read([folder]).ToList();
        var docs = items.Where(i => i.Document is not null).Select(i => i.Document!).OrderBy(d => d.Url, StringComparer.Ordinal).ToList();
        Assert.Equal([_base + "2019/11/19/road.html", _base + "news/bridge.html"], docs.Select(d => d.Url));
        Assert.All(docs, d => Assert.InRange(d.Fetched!.Value, started, DateTimeOffset.UtcNow.AddMinutes(1)));
        Assert.All(docs, d => Assert.StartsWith(file + "#", d.Source, StringComparison.Ordinal));
        var road = docs[0];
        Assert.Equal(new DateOnly(2019, 11, 19), road.Published);
        Assert.Contains("widen the harbour road", road.Text);
        var bridge = docs[1];
        Assert.Contains("Café du Port", bridge.Text);
        Assert.Null(bridge.Published);

        var counted = Assert.Single(items, i => i.Problem is { Skipped: false } p && p.Message.Contains("records skipped")).Problem!;
        foreach (var kind in new[] { "redirects", "errors", "not HTML", "duplicates" })
        {
            Assert.Contains(kind, counted.Message);
        }

        var article = new ArticleEnricher(EnrichmentData.Default).Enrich(road);
        Assert.Equal(("Valley Courier", road.Fetched), (article.Outlet, article.Fetched));
    }

    [Fact]
    public void ADamagedArchive_KeepsTheRecordsBeforeTheDamage_AndSaysWhere()
    {
        var folder = Crawl("cut", "--no-warc-compression");
        var path = Path.Combine(folder, "cut.warc");
        var bytes = File.ReadAllBytes(path);
        var text = Encoding.Latin1.GetString(bytes);
        // wget writes the address in angle brackets, as WARC 1.0's grammar had it.
        var bridge = text.IndexOf("WARC-Target-URI: <" + _base + "news/bridge.html>", StringComparison.Ordinal);
        Assert.True(bridge > 0);
        // Cut inside the record after the first page's response: that page stays, the rest is reported.
        File.WriteAllBytes(path, bytes[..(bridge + 200)]);
        var items = CorpusReader.Read([folder]).ToList();
        Assert.Equal([_base + "2019/11/19/road.html"], items.Where(i => i.Document is not null).Select(i => i.Document!.Url));
        Assert.Contains(items, i => i.Problem is { Skipped: true } p && p.File == "cut.warc" && p.Message.StartsWith("record ", StringComparison.Ordinal) && p.Message.Contains("the records after it are not read"));
    }

    public void Dispose()
    {
        _stop.Cancel();
        _server.Close();
        _stop.Dispose();
    }
}
