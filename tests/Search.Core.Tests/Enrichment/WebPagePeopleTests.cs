using Search.Core.Enrichment;
using Search.Core.Ingest;

namespace Search.Core.Tests.Enrichment;

/// <summary>On web pages: products, venues, events and organisations are not people; a name is whole; a lone given name is no person.</summary>
public class WebPagePeopleTests
{
    private static readonly ArticleEnricher Enricher = new(EnrichmentData.Default);

    private static IReadOnlyList<string> People(string text) =>
        Enricher.Enrich(new SourceDocument { Source = "a.jsonl#1", Text = text, Kind = TextKind.ArticleText }).People.Select(p => p.Name).ToList();

    [Theory]
    [InlineData("The new MacBook Pro went on sale on Friday, and buyers queued outside the shops all night.")]
    [InlineData("The concert at the Hollywood Bowl Amphitheatre drew twenty thousand fans on Saturday night.")]
    [InlineData("Shares fell sharply on the Tokyo Stock Exchange as investors weighed the central bank's decision.")]
    [InlineData("Fans filled the Crypto Arena and the Wembley Stadium this weekend, organisers said.")]
    [InlineData("The Galaxy Ultra and the Pixel Pro both ship with faster chips, the reviewers found.")]
    public void ProductsVenuesAndExchanges_AreNotPeople(string text) => Assert.Empty(People(text));

    [Fact]
    public void ALoneGivenName_IsNoPerson() =>
        Assert.Empty(People("Yesterday, Maria said the bridge would stay closed. Later that day the council met again."));

    [Fact]
    public void ANameWithItsSuffix_IsWhole() =>
        Assert.Contains("Martin Luther King Jr", People("The speech by Martin Luther King Jr. was read aloud at the ceremony, the organisers said."));

    [Theory]
    [InlineData("North Korean leader Kim Jong Un met the delegation in Pyongyang on Monday, state media said.", "Kim Jong-un")]
    [InlineData("South Korean President Moon Jae-in said on Tuesday that talks would resume next month.", "Moon Jae-in")]
    [InlineData("Former President Park Geun-hye was released from prison on Friday, officials said.", "Park Geun-hye")]
    public void AnEastAsianNameInThreeParts_IsWhole(string text, string name) => Assert.Contains(name, People(text));
}
