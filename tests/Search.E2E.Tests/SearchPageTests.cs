using System.Text.RegularExpressions;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Search.E2E.Tests;

[Collection(ServiceCollection.Name)]
public class SearchPageTests(ServiceFixture service)
{
    private static ILocator Status(IPage page) => page.GetByRole(AriaRole.Status);
    private static ILocator Results(IPage page) => page.GetByRole(AriaRole.List, new() { Name = "Search results" }).Locator(":scope > li");

    private static async Task Search(IPage page, string query)
    {
        await page.GetByRole(AriaRole.Searchbox, new() { Name = "Search articles" }).FillAsync(query);
        await page.GetByRole(AriaRole.Button, new() { Name = "Search", Exact = true }).ClickAsync();
    }

    [Fact]
    public async Task ASearch_ShowsCountTimeAndHighlightedResults()
    {
        var page = await service.NewPageAsync();
        await page.GotoAsync("/");
        await Search(page, "Iran");
        await Expect(Status(page)).ToContainTextAsync(new Regex(@"4 articles found \(\d+(\.\d+)? ms\)"));
        await Expect(Results(page)).ToHaveCountAsync(4);
        await Expect(Results(page).First.Locator("mark").First).ToHaveTextAsync(new Regex("^Iran"));
        await Expect(page).ToHaveURLAsync(new Regex(@"\?q=Iran$"));
        await service.ScreenshotAsync(page, "results");
    }

    [Fact]
    public async Task TickingOutlets_NarrowsThenWidensWithMultiSelectCounts()
    {
        var page = await service.NewPageAsync();
        await page.GotoAsync("/?q=harbour");
        await Expect(Status(page)).ToContainTextAsync("250 articles found");
        await page.GetByRole(AriaRole.Checkbox, new() { Name = "Harbour Times" }).CheckAsync();
        await Expect(Status(page)).ToContainTextAsync("125 articles found");
        await Expect(page.GetByRole(AriaRole.Checkbox, new() { Name = "Port Gazette (125)" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Remove filter Outlet: Harbour Times" })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Checkbox, new() { Name = "Port Gazette" }).CheckAsync();
        await Expect(Status(page)).ToContainTextAsync("250 articles found");
        await page.GetByRole(AriaRole.Button, new() { Name = "Clear all filters" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"\?q=harbour$"));
    }

    [Fact]
    public async Task ACopiesLink_OpensTheStorysCopies_AndCollapsingShowsOneResultPerStory()
    {
        var page = await service.NewPageAsync();
        await page.GotoAsync("/?q=canal%20dredging");
        await Expect(Status(page)).ToContainTextAsync("3 articles found");
        var copies = page.GetByRole(AriaRole.Button, new() { Name = "2 copies of this story elsewhere: compare them" });
        await Expect(copies).ToHaveCountAsync(3);
        await Expect(page.GetByText("a copy of Canal Courier, 2022-02-01").First).ToBeVisibleAsync();
        await copies.First.ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Copies of this story" })).ToBeFocusedAsync();
        var story = page.Locator("#copies li");
        await Expect(story).ToHaveCountAsync(3);
        await Expect(story.Nth(1)).ToContainTextAsync("original (a copy names it as the source)");
        await story.Nth(2).GetByText("Differences from the original").ClickAsync();
        await Expect(story.Nth(2).Locator("del").First).ToBeVisibleAsync();
        // The diff shows the article's markup as text.
        await Expect(story.Nth(2).Locator("del b")).ToHaveCountAsync(0);
        await service.ScreenshotAsync(page, "copies");

        await page.GotoAsync("/?q=canal%20dredging");
        await page.GetByRole(AriaRole.Checkbox, new() { Name = "Collapse copies" }).CheckAsync();
        await Expect(Status(page)).ToContainTextAsync("1 story (3 articles) found");
        await Expect(Results(page)).ToHaveCountAsync(1);
        await Expect(page).ToHaveURLAsync(new Regex("collapse=copies"));
        await Expect(Results(page).First).ToContainTextAsync("also in");
    }

    [Fact]
    public async Task NamesInOtherScripts_CanBeTurnedOff_AndTheAddressKeepsIt()
    {
        var page = await service.NewPageAsync();
        await page.GotoAsync("/?q=canal%20dredging");
        var toggle = page.GetByRole(AriaRole.Checkbox, new() { Name = "Names in other scripts" });
        await Expect(toggle).ToBeCheckedAsync();
        await Expect(page).Not.ToHaveURLAsync(new Regex("transliterate"));
        // The search the page sends asks for the words as typed.
        await page.RunAndWaitForRequestAsync(() => toggle.UncheckAsync(), r => r.Url.Contains("/api/search") && r.Url.Contains("transliterate=false"));
        await Expect(page).ToHaveURLAsync(new Regex("transliterate=false"));
        await Expect(Results(page)).ToHaveCountAsync(3);
        await page.ReloadAsync();
        await Expect(page.GetByRole(AriaRole.Checkbox, new() { Name = "Names in other scripts" })).Not.ToBeCheckedAsync();
    }

    [Fact]
    public async Task CompareOutlets_ShowsAColumnPerOutlet_AndTheTimelineByOutletGivesShares()
    {
        var page = await service.NewPageAsync();
        await page.GotoAsync("/?q=harbour");
        await Expect(Status(page)).ToContainTextAsync("250 articles found");
        await page.GetByText("Compare outlets: what each says differently").ClickAsync();
        var columns = page.Locator(".compare-column");
        await Expect(columns).ToHaveCountAsync(2);
        await Expect(columns.First.GetByRole(AriaRole.Heading, new() { Name = "Harbour Times" })).ToBeVisibleAsync();
        // The two outlets' generated reports say the same: nothing stands out for either.
        await Expect(columns.First).ToContainTextAsync("Nothing stands out.");

        await page.GetByText("Timeline by outlet").ClickAsync();
        var harbour = page.GetByRole(AriaRole.Img, new() { NameRegex = new Regex("^Harbour Times: 2000 ") });
        await Expect(harbour).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Checkbox, new() { Name = "Share of each outlet's output" }).CheckAsync();
        await Expect(page.GetByRole(AriaRole.Img, new() { NameRegex = new Regex("^Harbour Times: 2000 100%") })).ToBeVisibleAsync();
        await service.ScreenshotAsync(page, "coverage");
    }

    [Fact]
    public async Task AHistogramBar_SetsTheDateRange()
    {
        var page = await service.NewPageAsync();
        await page.GotoAsync("/?q=harbour");
        var bar = page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex(@"^2001: \d+ articles$") });
        var count = Regex.Match(await bar.GetAttributeAsync("aria-label") ?? "", @": (\d+)").Groups[1].Value;
        await bar.ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("from=2001-01-01&to=2001-12-31"));
        await Expect(page.GetByLabel("From", new() { Exact = true })).ToHaveValueAsync("2001-01-01");
        await Expect(Status(page)).ToContainTextAsync($"{count} articles found");
        // Within a year the timeline shows months.
        await Expect(page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex(@"^2001-06: \d+ articles?$") })).ToBeVisibleAsync();
        await service.ScreenshotAsync(page, "timeline-filtered");
    }

    [Fact]
    public async Task TheTimelineAxis_IsRedrawnForEachSearch_NeverDoubled()
    {
        var page = await service.NewPageAsync();
        var axis = page.Locator(".histogram-axis");
        await page.GotoAsync("/?q=harbour");
        await Expect(axis).ToHaveCountAsync(1);
        await Expect(axis).ToContainTextAsync("2000");
        await Expect(axis).ToContainTextAsync("2004");
        await Search(page, "zzqqxx");
        await Expect(Status(page)).ToHaveTextAsync(new Regex("^0 articles found"));
        await Expect(axis).ToHaveCountAsync(0);
        await Search(page, "strike");
        await Expect(axis).ToHaveCountAsync(1);
        // No stale axis of the first search lingers beside the new one.
        await Expect(page.Locator("section[aria-labelledby=timeline-heading]")).Not.ToContainTextAsync("2004");
    }

    [Fact]
    public async Task TheFacetsShown_AreTheServicesFilterFields()
    {
        var page = await service.NewPageAsync();
        await page.GotoAsync("/?q=harbour");
        // The page names no field itself: its facets come from GET /api/fields (Author is a catalog facet the page never listed).
        await Expect(page.GetByRole(AriaRole.Group, new() { Name = "Author" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Checkbox, new() { Name = "Jane Doe" })).ToBeVisibleAsync();
        // A label of the catalog (the language) is a facet and shows on each hit, with nothing in the page naming it.
        await Expect(page.GetByRole(AriaRole.Group, new() { Name = "Language" })).ToBeVisibleAsync();
        await Expect(Results(page).First.Locator(".meta").First).ToContainTextAsync("Language: en");
    }

    [Fact]
    public async Task OpeningAnArticleAndGoingBack_KeepsTheSearch()
    {
        var page = await service.NewPageAsync();
        await page.GotoAsync("/?q=harbour&outlet=Harbour+Times&sort=oldest");
        await Expect(Status(page)).ToContainTextAsync("125 articles found");
        var before = page.Url;
        await Results(page).First.GetByRole(AriaRole.Link).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 2, Name = "Harbour report 0" })).ToBeVisibleAsync();
        await Expect(page.Locator("#article-text mark").First).ToHaveTextAsync("harbour");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Read the original" })).ToHaveAttributeAsync("href", "https://harbour.example/0");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Similar articles" })).ToBeVisibleAsync();
        await service.ScreenshotAsync(page, "article");
        await page.GetByRole(AriaRole.Button, new() { Name = "Back to results" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(before);
        await Expect(Status(page)).ToContainTextAsync("125 articles found");
        await Expect(page.GetByRole(AriaRole.Checkbox, new() { Name = "Harbour Times" })).ToBeCheckedAsync();
        await page.GoForwardAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 2, Name = "Harbour report 0" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task ASharedUrl_ReproducesTheView()
    {
        var page = await service.NewPageAsync();
        await page.GotoAsync("/?q=harbour&outlet=Port+Gazette&sort=oldest&from=2000-01-01&to=2002-12-31");
        await Expect(page.GetByRole(AriaRole.Searchbox, new() { Name = "Search articles" })).ToHaveValueAsync("harbour");
        await Expect(page.GetByRole(AriaRole.Checkbox, new() { Name = "Port Gazette" })).ToBeCheckedAsync();
        await Expect(page.GetByLabel("Sort by")).ToHaveValueAsync("oldest");
        await Expect(page.GetByLabel("To", new() { Exact = true })).ToHaveValueAsync("2002-12-31");
        await Expect(Results(page).First.GetByRole(AriaRole.Heading)).ToHaveTextAsync("Harbour report 1");
    }

    [Fact]
    public async Task MoreResults_PagesWithTheCursor_AndReloadKeepsThem()
    {
        var page = await service.NewPageAsync();
        await page.GotoAsync("/?q=harbour&sort=oldest");
        await Expect(Results(page)).ToHaveCountAsync(20);
        await page.GetByRole(AriaRole.Button, new() { Name = "More results" }).ClickAsync();
        await Expect(Results(page)).ToHaveCountAsync(40);
        await Expect(page).ToHaveURLAsync(new Regex("pages=2"));
        await page.ReloadAsync();
        await Expect(Results(page)).ToHaveCountAsync(40);
        var titles = await Results(page).GetByRole(AriaRole.Heading).AllTextContentsAsync();
        Assert.Equal(40, titles.Distinct().Count());
    }

    [Fact]
    public async Task ASyntaxError_ShowsTheMessageAndWhere()
    {
        var page = await service.NewPageAsync();
        await page.GotoAsync("/");
        await Search(page, "\"Iran nuclear");
        await Expect(page.Locator("#message")).ToContainTextAsync("unbalanced quote at character 1");
        await Expect(page.Locator("#message pre")).ToContainTextAsync("^");
        await service.ScreenshotAsync(page, "syntax-error");
    }

    [Fact]
    public async Task NoResults_GivesHints_AndAnUnreachableServiceSaysSo()
    {
        var page = await service.NewPageAsync();
        await page.GotoAsync("/?q=zzqxv&outlet=RT");
        await Expect(page.Locator("#message")).ToContainTextAsync("No articles match.");
        await Expect(page.Locator("#message")).ToContainTextAsync("Remove a filter");

        var offline = await service.NewPageAsync();
        await offline.RouteAsync("**/api/**", route => route.AbortAsync());
        await offline.GotoAsync("/?q=Iran");
        await Expect(offline.Locator("#message")).ToContainTextAsync("cannot be reached");
        await Expect(offline.GetByRole(AriaRole.Button, new() { Name = "Try again" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task ThePersonFacet_SearchesItsValues()
    {
        var page = await service.NewPageAsync();
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Searchbox, new() { Name = "Find a person" }).FillAsync("Net");
        var netanyahu = page.GetByRole(AriaRole.Checkbox, new() { Name = "Benjamin Netanyahu" });
        await Expect(netanyahu).ToBeVisibleAsync();
        await netanyahu.CheckAsync();
        await Expect(Status(page)).ToContainTextAsync("1 article");
    }

    [Fact]
    public async Task HostileArticleText_IsShownAsText_AndAJavascriptUrlIsNoLink()
    {
        var page = await service.NewPageAsync();
        await page.GotoAsync("/?q=quarantine");
        await Expect(Results(page).First).ToContainTextAsync(ServiceFixture.HostileMarker);
        await Expect(Results(page).First.GetByRole(AriaRole.Heading)).ToContainTextAsync("<b>title</b>");
        await Results(page).First.GetByRole(AriaRole.Link).ClickAsync();
        await Expect(page.Locator("#article-text")).ToContainTextAsync(ServiceFixture.HostileMarker);
        await Expect(page.Locator("#article-text")).ToContainTextAsync("<img src=x onerror=alert(2)>");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Read the original" })).ToHaveCountAsync(0);
        await Expect(page.Locator("#article-link")).ToContainTextAsync("javascript:alert(3)");
        Assert.Equal(1, await page.Locator("script").CountAsync()); // only the page's own module
        Assert.Equal(0, await page.Locator("#article-view img, #results img").CountAsync());
    }

    [Fact]
    public async Task KeyboardAlone_SearchesFiltersAndOpensAnArticle()
    {
        var page = await service.NewPageAsync();
        await page.GotoAsync("/");
        await TabTo(page, "q");
        await page.Keyboard.TypeAsync("harbour");
        await page.Keyboard.PressAsync("Enter");
        await Expect(Status(page)).ToContainTextAsync("250 articles found");
        await TabTo(page, null, "Harbour Times");
        await page.Keyboard.PressAsync("Space");
        await Expect(Status(page)).ToContainTextAsync("125 articles found");
        await page.GetByRole(AriaRole.Link, new() { Name = "Harbour report 0" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 2, Name = "Harbour report 0" })).ToBeFocusedAsync();
    }

    private static async Task TabTo(IPage page, string? id, string? labelText = null)
    {
        for (var i = 0; i < 80; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            var found = await page.EvaluateAsync<bool>(
                "([id, label]) => { const a = document.activeElement; return id ? a?.id === id : a?.closest('label')?.textContent?.includes(label) ?? false; }",
                new object?[] { id, labelText });
            if (found)
            {
                return;
            }
        }
        Assert.Fail($"Tab never reached {id ?? labelText}");
    }

    [Theory]
    [InlineData("/?q=Iran")]
    [InlineData("/?q=Iran&article=003_0a2875be338a0729.txt")]
    [InlineData("/?q=%22Iran")]
    [InlineData("/batch.html")]
    [InlineData("/?q=canal&collapse=copies")]
    [InlineData("/?q=canal&article=canal-cut")]
    public async Task Axe_FindsNoSeriousOrCriticalViolations(string url)
    {
        var page = await service.NewPageAsync();
        await page.GotoAsync(url);
        // The search page settles when its search has answered; the batch page has nothing to wait for.
        await page.WaitForFunctionAsync("() => !document.getElementById('status') || (!document.getElementById('main').hasAttribute('aria-busy') && document.getElementById('status').textContent !== 'Searching…')");
        await page.WaitForTimeoutAsync(300);
        var result = await page.RunAxe();
        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Html))}").ToList();
        Assert.True(serious.Count == 0, string.Join("\n", serious));
    }

    [Fact]
    public async Task OnAPhone_FiltersOpenFromAButtonAtTheTop_AndNothingScrollsSideways()
    {
        var page = await service.NewPageAsync(width: 360, height: 800);
        await page.GotoAsync("/?q=harbour");
        await Expect(Status(page)).ToContainTextAsync("250 articles found");
        var filters = page.GetByRole(AriaRole.Button, new() { Name = "Filters" });
        await Expect(filters).ToBeVisibleAsync();
        var box = await filters.BoundingBoxAsync();
        var firstResult = await Results(page).First.BoundingBoxAsync();
        Assert.True(box!.Y < firstResult!.Y, "the Filters button comes before the results");
        await Expect(page.GetByRole(AriaRole.Checkbox, new() { Name = "Harbour Times" })).ToBeHiddenAsync();
        await filters.ClickAsync();
        await Expect(filters).ToHaveAttributeAsync("aria-expanded", "true");
        await Expect(page.GetByRole(AriaRole.Checkbox, new() { Name = "Harbour Times" })).ToBeVisibleAsync();
        Assert.False(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth + 1"), "the results page is wider than the phone");
        await service.ScreenshotAsync(page, "phone");
        await page.GotoAsync("/?q=Soleimani&article=004_cf16c801bd8bde5b.txt");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Similar articles" })).ToBeVisibleAsync();
        Assert.False(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth + 1"), "the article is wider than the phone");
        await service.ScreenshotAsync(page, "phone-article");
    }

    [Fact]
    public async Task TheArticleView_PutsPeopleCountriesCitesAndSimilarBesideTheText()
    {
        var page = await service.NewPageAsync();
        await page.GotoAsync("/?q=Berletic&article=004_cf16c801bd8bde5b.txt");
        var side = page.GetByRole(AriaRole.Complementary, new() { Name = "About this article" });
        await Expect(side.GetByRole(AriaRole.Heading, new() { Name = "People" })).ToBeVisibleAsync();
        await Expect(side.GetByRole(AriaRole.Heading, new() { Name = "Cites" })).ToBeVisibleAsync();
        await Expect(side.GetByRole(AriaRole.Heading, new() { Name = "Similar articles" })).ToBeVisibleAsync();
        await Expect(side.GetByText("Qassem Soleimani", new() { Exact = false })).ToBeVisibleAsync();
        var text = await page.Locator("#article-text").BoundingBoxAsync();
        var panel = await side.BoundingBoxAsync();
        Assert.True(panel!.X >= text!.X + text.Width, "the side panel stands beside the text, not under it");
        await service.ScreenshotAsync(page, "article");
    }

    [Fact]
    public async Task TheTimeline_LabelsItsYears_AndGivesEachBarsCount()
    {
        var page = await service.NewPageAsync();
        await page.GotoAsync("/?q=harbour");
        var axis = page.Locator(".histogram-axis");
        foreach (var year in new[] { "2000", "2001", "2002", "2003", "2004" })
        {
            await Expect(axis).ToContainTextAsync(year);
        }
        var bar = page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex(@"^2002: \d+ articles$") });
        await Expect(bar).ToHaveAttributeAsync("title", new Regex(@"^2002: \d+ articles$"));
    }

    [Fact]
    public async Task ThePivot_NamesCountries_WithTheCodeAsATooltip()
    {
        var page = await service.NewPageAsync();
        await page.GotoAsync("/?q=harbour");
        var oman = page.GetByRole(AriaRole.Columnheader, new() { Name = "Oman" });
        await Expect(oman).ToBeVisibleAsync();
        await Expect(oman).ToHaveAttributeAsync("title", "OM");
    }

    [Fact]
    public async Task AnError_HidesTheEmptyTimeline()
    {
        var page = await service.NewPageAsync();
        await page.GotoAsync("/?q=harbour");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Timeline" })).ToBeVisibleAsync();
        await Search(page, "\"unclosed");
        await Expect(page.Locator("#message")).ToContainTextAsync("unbalanced quote");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Timeline" })).ToBeHiddenAsync();
    }
}
