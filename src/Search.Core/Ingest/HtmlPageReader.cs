using System.Text;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Search.Core.Ingest;

/// <summary>
/// Reads a saved HTML page: the main content (the <c>article</c> element, else the block richest in paragraphs) as
/// paragraphs, and metadata from JSON-LD <c>NewsArticle</c>, OpenGraph, <c>&lt;time datetime&gt;</c>, <c>&lt;title&gt;</c>
/// and the canonical link.
/// </summary>
public static class HtmlPageReader
{
    private static readonly string[] NoiseSelectors =
        ["script", "style", "noscript", "nav", "header", "footer", "aside", "form", "iframe", "svg", "figure figcaption", "[role=navigation]", "[aria-hidden=true]"];

    private static readonly string[] BlockTags = ["P", "H1", "H2", "H3", "H4", "LI", "BLOCKQUOTE", "PRE"];

    public static IEnumerable<IngestItem> Read(string file, string relative)
    {
        var (html, problem) = SourceFile.ReadText(file, relative);
        if (problem is not null)
        {
            yield return IngestItem.Fail(problem);
        }
        if (html is null)
        {
            yield break;
        }
        var doc = Parse(html, relative);
        if (doc is null)
        {
            yield return IngestItem.Fail(new IngestProblem(relative, null, "no article text found in the HTML page"));
            yield break;
        }
        yield return IngestItem.Of(doc);
    }

    /// <param name="html">The page.</param>
    /// <param name="relative">Where it was read, for the article's source.</param>
    /// <param name="address">Where it was fetched from (a web archive's record), used when the page names no canonical URL.</param>
    public static SourceDocument? Parse(string html, string relative, string? address = null)
    {
        var document = new HtmlParser().ParseDocument(html);
        var ld = LdArticle.Find(document);

        string? Meta(string key) =>
            MetadataFields.NullIfBlank(document.QuerySelector($"meta[property='{key}'], meta[name='{key}']")?.GetAttribute("content"));

        var url = MetadataFields.NullIfBlank(document.QuerySelector("link[rel=canonical]")?.GetAttribute("href")) ?? Meta("og:url") ?? address;
        var title = ld.Headline ?? Meta("og:title") ?? MetadataFields.NullIfBlank(document.Title);
        // The publisher as the page names itself, tagline cut: its structured data first, then its title's other end.
        var headline = ld.Headline ?? Meta("og:title");
        // A site name that opens with the headline is a title: its other end names the site.
        var ogSite = Meta("og:site_name") is { } og && headline is not null && og.StartsWith(headline.Trim(), StringComparison.OrdinalIgnoreCase)
            ? SiteName.FromTitle(og, headline) : SiteName.Clean(Meta("og:site_name"));
        // A publisher named as a company ("Tamedia AG") is the owner, not the outlet a reader knows.
        var site = SiteName.Clean(ld.Publisher) is { } publisher && !SiteName.IsCompany(publisher) ? publisher : null;
        site ??= SiteName.Clean(ld.IsPartOf) ?? ogSite
            ?? SiteName.Clean(Meta("application-name")) ?? SiteName.Clean(ld.SiteName)
            ?? SiteName.FromTitle(document.Title, headline);
        var published = PublicationDate.First(DateTexts(document, ld, Meta), url) ?? WrittenDate(document);
        var modified = PublicationDate.First([ld.DateModified, Meta("article:modified_time"), Meta("og:updated_time"), Meta("dateModified"), Meta("last-modified")], null);
        var authors = ld.Authors;

        authors ??= BylineFinder.Find(document, Meta);
        var readable = ReadableContent(html, url);
        foreach (var noise in document.QuerySelectorAll(string.Join(',', NoiseSelectors)).ToList())
        {
            noise.Remove();
        }
        // Readability's choice first (it weighs text, links and class names, as Firefox's reader view does); the
        // article element or the block richest in paragraphs when Readability finds nothing.
        var text = readable?.Text;
        if (string.IsNullOrWhiteSpace(text))
        {
            var main = document.QuerySelector("article") ?? document.QuerySelector("main") ?? RichestBlock(document.Body);
            text = main is null ? null : Paragraphs(main);
        }
        authors ??= readable?.Byline is { } byline && BylineFinder.Names(byline) is { Count: > 0 } names ? names : null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        return new SourceDocument
        {
            Source = relative,
            Text = text,
            Kind = TextKind.ExtractedContent,
            Url = url,
            Site = site,
            Title = title,
            Published = published,
            Modified = modified,
            Authors = authors,
            Language = ld.InLanguage ?? MetadataFields.NullIfBlank(document.DocumentElement.GetAttribute("lang"))
                ?? MetadataFields.NullIfBlank(document.QuerySelector("meta[http-equiv='content-language' i]")?.GetAttribute("content")) ?? Meta("og:locale"),
        };
    }

    // Where pages put their publication date, most specific first; the URL's date comes after all of them.
    private static readonly string[] DateMetaNames =
    [
        "article:published_time", "og:published_time", "datePublished", "date", "pubdate", "publishdate", "publish-date", "publish_date",
        "parsely-pub-date", "sailthru.date", "dc.date", "DC.date", "dc.date.issued", "DC.date.issued", "dcterms.created", "DCTERMS.created",
        "citation_publication_date", "cXenseParse:recs:publishtime",
    ];

    private static IEnumerable<string?> DateTexts(IDocument document, LdArticle ld, Func<string, string?> meta)
    {
        yield return ld.DatePublished;
        foreach (var name in DateMetaNames)
        {
            yield return meta(name);
        }
        foreach (var item in document.QuerySelectorAll("[itemprop=datePublished]"))
        {
            yield return item.GetAttribute("content") ?? item.GetAttribute("datetime") ?? item.TextContent;
        }
        foreach (var time in document.QuerySelectorAll("time[pubdate][datetime], article time[datetime], time[datetime]"))
        {
            yield return time.GetAttribute("datetime");
        }
    }

    // Elements that show the date as text ("Di, 21. April 2020 - 16:40"), where a page has no date in its metadata or URL.
    private static readonly string[] DateSelectors = ["[class*=date i]", "[class*=publish i]", "[class*=time i]", ".dateline", ".byline", "[class*=meta i]"];

    private static DateOnly? WrittenDate(IDocument document)
    {
        foreach (var element in document.QuerySelectorAll(string.Join(',', DateSelectors)).Take(40))
        {
            var text = Normalize(element.TextContent);
            if (text.Length is > 5 and < 100 && DateText.Find(text) is { } date && PublicationDate.Plausible(date))
            {
                return date;
            }
        }
        return null;
    }

    private sealed record Readable(string Text, string? Byline);

    /// <summary>The main content as SmartReader (the port of Mozilla's Readability) finds it, as paragraphs; null when it finds none.</summary>
    private static Readable? ReadableContent(string html, string? url)
    {
        try
        {
            var address = url is not null && Uri.TryCreate(url, UriKind.Absolute, out var u) && u.Scheme is "http" or "https" ? url : "https://localhost/";
            var article = new SmartReader.Reader(address, html) { ContinueIfNotReadable = true }.GetArticle();
            if (!article.IsReadable || string.IsNullOrWhiteSpace(article.Content))
            {
                return null;
            }
            var content = new HtmlParser().ParseDocument("<html><body>" + article.Content + "</body></html>");
            var text = content.Body is null ? "" : Paragraphs(content.Body);
            return text.Length == 0 ? null : new Readable(text, article.Byline ?? article.Author);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // SmartReader is third-party code over untrusted markup: a failure there leaves the fallback reader.
            return null;
        }
    }

    private static IElement? RichestBlock(IElement? body)
    {
        if (body is null)
        {
            return null;
        }
        // The element whose direct paragraphs hold the most text: the article column, not the page.
        return body.QuerySelectorAll("p").Select(p => p.ParentElement).Where(p => p is not null)
            .GroupBy(p => p!).OrderByDescending(g => g.Sum(p => p!.TextContent.Length)).Select(g => g.Key).FirstOrDefault() ?? body;
    }

    private static string Paragraphs(IElement main)
    {
        var blocks = main.QuerySelectorAll(string.Join(',', BlockTags))
            .Where(e => !e.Ancestors<IElement>().Any(a => a != main && main.Contains(a) && BlockTags.Contains(a.TagName)))
            .Select(e => DropCap(e) + Normalize(e.TextContent)).Where(t => t.Length > 0).ToList();
        return blocks.Count > 0 ? string.Join("\n\n", blocks) : Normalize(main.TextContent);
    }

    /// <summary>A drop cap set apart from its paragraph ("&lt;span&gt;T&lt;/span&gt;&lt;p&gt;urkey, Poland…"): the letter the paragraph lacks.</summary>
    private static string DropCap(IElement block)
    {
        var before = block.PreviousElementSibling;
        var letter = before is null || BlockTags.Contains(before.TagName) ? "" : before.TextContent.Trim();
        var text = block.TextContent.TrimStart();
        return letter.Length == 1 && char.IsUpper(letter[0]) && text.Length > 0 && char.IsLower(text[0]) ? letter : "";
    }

    private static string Normalize(string text)
    {
        var sb = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = sb.Length > 0;
                continue;
            }
            if (space)
            {
                sb.Append(' ');
                space = false;
            }
            sb.Append(c);
        }
        return sb.ToString();
    }
}
