using System.Globalization;
using System.Text;
using System.Xml;
using Search.Core.Searching;
using Search.Core.State;

namespace Search.Api.Streams;

/// <summary>
/// A saved search as an Atom feed (RFC 4287): its newest matching articles, most recently indexed first. Each entry's
/// <c>updated</c> is when the index received the article, so a reader polling after an indexer commit sees what
/// arrived; the feed's <c>updated</c> is the newest entry's, and answers <c>If-Modified-Since</c> with 304.
/// </summary>
public static class AtomFeed
{
    public const string ContentType = "application/atom+xml; charset=utf-8";
    public const int Entries = 20;

    public static IResult Answer(HttpContext http, SavedSearch search, SearchResult result)
    {
        var newest = result.Hits.Select(h => h.Article.Added).Max() ?? search.Created;
        var lastModified = new DateTimeOffset(newest.UtcDateTime.Ticks - newest.UtcDateTime.Ticks % TimeSpan.TicksPerSecond, TimeSpan.Zero);
        if (http.Request.GetTypedHeaders().IfModifiedSince is { } since && lastModified <= since)
        {
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }
        http.Response.GetTypedHeaders().LastModified = lastModified;
        return TypedResults.Bytes(Write(http.Request, search, result, newest), ContentType);
    }

    private static byte[] Write(HttpRequest request, SavedSearch search, SearchResult result, DateTimeOffset updated)
    {
        const string atom = "http://www.w3.org/2005/Atom";
        var origin = $"{request.Scheme}://{request.Host}";
        using var bytes = new MemoryStream();
        using (var xml = XmlWriter.Create(bytes, new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false) }))
        {
            xml.WriteStartElement("feed", atom);
            xml.WriteElementString("id", atom, $"urn:news-search:saved-search:{search.Id}");
            xml.WriteElementString("title", atom, search.Name);
            xml.WriteElementString("subtitle", atom, $"Newest articles matching {search.Query}");
            xml.WriteElementString("updated", atom, Time(updated));
            Link(xml, atom, "self", $"{origin}{request.Path}{request.QueryString}", "application/atom+xml");
            Link(xml, atom, "alternate", $"{origin}/?{search.Query}", "text/html");
            xml.WriteStartElement("author", atom);
            xml.WriteElementString("name", atom, "News search");
            xml.WriteEndElement();
            xml.WriteElementString("generator", atom, "News search");
            foreach (var hit in result.Hits)
            {
                var a = hit.Article;
                xml.WriteStartElement("entry", atom);
                xml.WriteElementString("id", atom, $"urn:news-search:article:{Uri.EscapeDataString(a.Id)}");
                xml.WriteElementString("title", atom, a.Title ?? a.Id);
                xml.WriteElementString("updated", atom, Time(a.Added ?? updated));
                if (a.Published is { } published)
                {
                    xml.WriteElementString("published", atom, Time(new DateTimeOffset(published.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero)));
                }
                Link(xml, atom, "alternate", $"{origin}/?article={Uri.EscapeDataString(a.Id)}&{search.Query}", "text/html");
                if (a.Outlet is not null)
                {
                    xml.WriteStartElement("author", atom);
                    xml.WriteElementString("name", atom, a.Outlet);
                    xml.WriteEndElement();
                    xml.WriteStartElement("category", atom);
                    xml.WriteAttributeString("term", a.Outlet);
                    xml.WriteEndElement();
                }
                // The summary is HTML (escaped passages with <mark>), carried as escaped text as Atom's type="html" asks.
                xml.WriteStartElement("summary", atom);
                xml.WriteAttributeString("type", "html");
                xml.WriteString(string.Join(" … ", hit.Highlights?.Passages.Select(p => p.ToHtml()) ?? []));
                xml.WriteEndElement();
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
        }
        return bytes.ToArray();
    }

    private static void Link(XmlWriter xml, string atom, string rel, string href, string type)
    {
        xml.WriteStartElement("link", atom);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("type", type);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }

    private static string Time(DateTimeOffset time) => time.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
