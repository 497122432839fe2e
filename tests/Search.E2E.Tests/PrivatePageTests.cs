using System.Text.RegularExpressions;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Search.Core.State;
using static Microsoft.Playwright.Assertions;

namespace Search.E2E.Tests;

/// <summary>The published service as a private archive (<c>--Search:Access=private</c>).</summary>
public sealed class PrivateServiceFixture : ServiceFixture
{
    protected override IEnumerable<string> Settings => ["--Search:Access=private"];
}

public class PrivatePageTests(PrivateServiceFixture service) : IClassFixture<PrivateServiceFixture>
{
    private static ILocator Results(IPage page) => page.GetByRole(AriaRole.List, new() { Name = "Search results" }).Locator(":scope > li");

    private static async Task UseKey(IPage page, string key)
    {
        await page.GetByLabel("API key").FillAsync(key);
        await page.GetByRole(AriaRole.Button, new() { Name = "Use this key" }).ClickAsync();
    }

    [Fact]
    public async Task ThePage_AsksForAKey_KeepsItForTheTab_AndSearchesWithIt()
    {
        var secret = new ApiKeys(StateStore.Open(service.StatePath)).Create("page-" + Guid.NewGuid().ToString("n")[..8], KeyRole.Reader).Secret;
        var page = await service.NewPageAsync();
        await page.GotoAsync("/?q=harbour");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "This archive is private" })).ToBeVisibleAsync();
        await Expect(page.GetByLabel("API key")).ToBeFocusedAsync();
        await Expect(Results(page)).ToHaveCountAsync(0);
        await Expect(page.GetByText("The query cannot be read")).ToHaveCountAsync(0);
        var axe = await page.RunAxe();
        Assert.Empty(axe.Violations.Where(v => v.Impact is "serious" or "critical").Select(v => v.Id));
        await service.ScreenshotAsync(page, "private-key");

        await UseKey(page, "nsk_not-a-key");
        await Expect(page.GetByText("The API key is not one this service knows.")).ToBeVisibleAsync();

        await UseKey(page, secret);
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("250 articles found");
        await Expect(Results(page).First).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "This archive is private" })).ToHaveCountAsync(0);

        // The same tab keeps the key from page to page; another browser session has to give it again.
        await page.GotoAsync("/?q=Oman");
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync(new Regex(@"\d+ articles? found"));
        var other = await service.NewPageAsync();
        await other.GotoAsync("/?q=harbour");
        await Expect(other.GetByRole(AriaRole.Heading, new() { Name = "This archive is private" })).ToBeVisibleAsync();
    }
}
