using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Search.E2E.Tests;

[Collection(ServiceCollection.Name)]
public class BatchPageTests(ServiceFixture service)
{
    [Fact]
    public async Task APastedList_FillsASortableTable_WithLinksAndADownload()
    {
        var page = await service.NewPageAsync();
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Link, new() { Name = "Batch search" }).ClickAsync();
        await page.GetByLabel("Queries, one a line").FillAsync("harbour\nSoleimani\n(broken");
        await page.GetByLabel("Count per").SelectOptionAsync("outlet");
        await page.GetByRole(AriaRole.Button, new() { Name = "Run" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("3 queries answered.");
        var table = page.GetByRole(AriaRole.Table, new() { Name = "Matches per query" });
        var rows = table.Locator("tbody tr");
        await Expect(rows).ToHaveCountAsync(3);
        await Expect(rows.Nth(0)).ToContainTextAsync("250");
        await Expect(rows.Nth(0)).ToContainTextAsync("Harbour Times: 125");
        await Expect(rows.Nth(2)).ToContainTextAsync("error: unbalanced parenthesis");
        await Expect(rows.Nth(1).GetByRole(AriaRole.Link, new() { Name = "Soleimani" })).ToHaveAttributeAsync("href", "/?q=Soleimani");

        // Sorting by matches puts the largest first.
        await table.GetByRole(AriaRole.Button, new() { Name = "Matches" }).ClickAsync();
        await Expect(rows.Nth(0)).ToContainTextAsync("harbour");
        await Expect(table.Locator("th[aria-sort=descending]")).ToHaveTextAsync("Matches");
        var download = page.GetByRole(AriaRole.Link, new() { Name = "Download the table as CSV" });
        await Expect(download).ToHaveAttributeAsync("href", new Regex("^blob:"));
        await service.ScreenshotAsync(page, "batch");
    }
}
