using System.Text.Json;
using Search.Core.Enrichment;
using Search.Core.Indexing;
using Search.Core.Ingest;
using Search.Core.Searching;
using Search.Core.Querying;

namespace Search.Core.Tests.Ingest;

/// <summary>A publication date from wherever the page keeps it, and never one that cannot be: before 1990, after tomorrow.</summary>
public class PublicationDateTests
{
    private const string Body = "<article><p>The council voted on Tuesday to widen the harbour road, the mayor said after a long meeting.</p></article>";

    private static DateOnly? FromPage(string head, string url = "https://news.example/story") =>
        HtmlPageReader.Parse($"<html><head><link rel=\"canonical\" href=\"{url}\">{head}</head><body>{Body}</body></html>", "p.html")!.Published;

    [Theory]
    [InlineData("<meta name=\"sailthru.date\" content=\"2019-11-19 08:00:00\">")]
    [InlineData("<meta name=\"parsely-pub-date\" content=\"2019-11-19T08:00:00Z\">")]
    [InlineData("<meta name=\"dc.date\" content=\"2019-11-19\">")]
    [InlineData("<meta name=\"DC.date.issued\" content=\"2019-11-19\">")]
    [InlineData("<meta name=\"pubdate\" content=\"2019-11-19T10:00:00+01:00\">")]
    [InlineData("<meta property=\"article:published_time\" content=\"2019-11-19T10:00:00+00:00\">")]
    [InlineData("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"dateCreated\":\"2019-11-19\"}</script>")]
    [InlineData("</head><body><span itemprop=\"datePublished\" content=\"2019-11-19\">19 Nov</span><head>")]
    [InlineData("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"datePublished\":\"Tue, 19 Nov 2019 19:18:00 +0200\"}</script>")]
    [InlineData("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"datePublished\":\"2019-11-19T03:00:00 UTC\"}</script>")]
    public void APagesDate_IsReadFromItsMetadata(string head) => Assert.Equal(new DateOnly(2019, 11, 19), FromPage(head));

    [Theory]
    [InlineData("https://chain.example/news/2019/11/19/council-road", "2019-11-19")]
    [InlineData("https://chain.example/news/2019-11-19-council-road", "2019-11-19")]
    [InlineData("https://chain.example/20191119/council-road/", "2019-11-19")]
    [InlineData("https://chain.example/news/council-road-2019", null)]
    public void AnUnsetDateInTheMetadata_GivesWayToTheDateInTheUrl(string url, string? date) =>
        Assert.Equal(date is null ? null : DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture),
            FromPage("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"datePublished\":\"0001-01-01T00:00:00\"}</script>", url));

    [Theory]
    [InlineData("<p class=\"article-date\">Di, 21. April 2020 - 16:40</p>", "2020-04-21")]
    [InlineData("<span class=\"date\">26.10.2023</span>", "2023-10-26")]
    [InlineData("<div class=\"meta\">Miércoles, 4 de mayo de 2022 | 01:10</div>", "2022-05-04")]
    [InlineData("<div class=\"published\">19 février 2020</div>", "2020-02-19")]
    [InlineData("<time class=\"timestamp\">Nov. 8, 2023</time>", "2023-11-08")]
    [InlineData("<span class=\"date\">05/06/2022</span>", null)]
    public void APageWithoutDatedMetadata_IsDatedByTheDateItShows(string element, string? date) =>
        Assert.Equal(date is null ? null : DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture),
            HtmlPageReader.Parse($"<html><body>{element}{Body}</body></html>", "p.html")!.Published);

    [Fact]
    public void TheDayLastModified_IsKeptApartFromThePublicationDate()
    {
        var page = HtmlPageReader.Parse("<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"datePublished\":\"2019-11-19\",\"dateModified\":\"2020-01-05\"}</script>" +
            $"</head><body>{Body}</body></html>", "p.html")!;
        Assert.Equal((new DateOnly(2019, 11, 19), new DateOnly(2020, 1, 5)), (page.Published, page.Modified));
        var enricher = new ArticleEnricher(EnrichmentData.Default);
        Assert.Equal(new DateOnly(2020, 1, 5), enricher.Enrich(page).Modified);
        // A change before the publication is no change: the page's dates disagree, and the publication date wins.
        Assert.Null(enricher.Enrich(page with { Modified = new DateOnly(2018, 1, 1) }).Modified);
        var line = JsonLinesReader.ParseLine("{\"text\": \"The council voted.\", \"published\": \"2019-11-19\", \"modified\": \"2019-12-01\"}", "a.jsonl", 1);
        Assert.Equal(new DateOnly(2019, 12, 1), line.Document!.Modified);
    }

    [Fact]
    public void ADateTime_IsTheDayInItsOwnTimeZone() =>
        Assert.Equal(new DateOnly(2020, 2, 24), FromPage("<meta property=\"article:published_time\" content=\"2020-02-24T21:25:54-05:00\">"));

    [Fact]
    public void DatesOutsideTheRange_NeverReachTheIndex_AndAreReportedWithTheirFile()
    {
        var corpus = TestPaths.NewTempFolder();
        File.WriteAllLines(Path.Combine(corpus, "dates.jsonl"), new[] { "0001-01-01", "1969-07-20", "2099-01-01", "2019-11-19" }
            .Select((d, i) => JsonSerializer.Serialize(new { id = $"d{i}", text = "The council voted to widen the harbour road.", published = d })));
        var index = TestPaths.NewTempFolder();
        var summary = new ArticleIndexer(new ArticleEnricher(EnrichmentData.Default)).Run([corpus], index, new IndexRunOptions());

        Assert.Equal(4, summary.Added);
        Assert.Equal(0, summary.Skipped);
        var warnings = summary.Problems.Where(p => p.Message.Contains("outside 1990 to tomorrow")).Select(p => p.File).Order().ToList();
        Assert.Equal(["dates.jsonl#1", "dates.jsonl#2", "dates.jsonl#3"], warnings);
        using var searcher = new ArticleSearcher(index, EnrichmentData.Default);
        var result = searcher.Search(new SearchRequest { Query = "harbour", Facets = ["year"], Sort = SortOrder.Oldest });
        Assert.Equal(["2019"], result.Facets["year"].Where(v => v.Count > 0).Select(v => v.Value));
        Assert.Equal("d3", result.Hits[0].Article.Id);
        Assert.All(result.Hits.Skip(1), h => Assert.Null(h.Article.Published));
    }

    [Fact]
    public void TheEarliestYear_IsTheOperatorsToSet()
    {
        var doc = new SourceDocument { Source = "a.jsonl#1", Text = "The council voted.", Kind = TextKind.ArticleText, Published = new DateOnly(1995, 3, 1) };
        Assert.Equal(new DateOnly(1995, 3, 1), new ArticleEnricher(EnrichmentData.Default).Enrich(doc).Published);
        var notes = new List<string>();
        Assert.Null(new ArticleEnricher(EnrichmentData.Default) { EarliestYear = 2000 }.Enrich(doc, notes).Published);
        Assert.Contains("1995-03-01 is outside 2000 to tomorrow", Assert.Single(notes));
    }
}
