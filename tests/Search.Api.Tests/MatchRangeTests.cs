using System.Text.Json;
using Search.Api.Contracts;
using Search.Core.Highlighting;

namespace Search.Api.Tests;

/// <summary>Match ranges in answers count Unicode code points, so a notebook can slice its own strings with them.</summary>
[Collection(ApiCollection.Name)]
public class MatchRangeTests(ApiFactory factory)
{
    [Fact]
    public void RangesAfterAnAstralCharacter_CountItOnce()
    {
        const string text = "A 🛰 satellite and another satellite.";
        var first = text.IndexOf("satellite", StringComparison.Ordinal);
        var second = text.LastIndexOf("satellite", StringComparison.Ordinal);
        var ranges = MatchDto.From(text, [new TextRange(first, first + 9), new TextRange(second, second + 9)]);
        var points = text.EnumerateRunes().Select(r => r.ToString()).ToList();
        Assert.All(ranges, m => Assert.Equal("satellite", string.Concat(points.Skip(m.Start).Take(m.Length))));
        Assert.Equal(first - 1, ranges[0].Start);
    }

    [Fact]
    public async Task ASearchSendsPassagesAsTextWithMatchRanges()
    {
        var body = JsonDocument.Parse(await factory.CreateClient().GetStringAsync("/api/search?q=envoys&facets=&matches=true")).RootElement;
        var hit = body.GetProperty("hits").EnumerateArray().Single(h => h.GetProperty("id").GetString() == "edge-script");
        var passage = hit.GetProperty("highlights").GetProperty("passages")[0];
        var text = passage.GetProperty("text").GetString()!;
        var match = passage.GetProperty("matches")[0];
        Assert.Equal("envoys", text.Substring(match.GetProperty("start").GetInt32(), match.GetProperty("length").GetInt32()));
        Assert.Contains("<script>", text);
        Assert.DoesNotContain("<script>", hit.GetProperty("highlights").GetProperty("body")[0].GetString());
        var plain = JsonDocument.Parse(await factory.CreateClient().GetStringAsync("/api/search?q=envoys&facets=")).RootElement;
        Assert.False(plain.GetProperty("hits")[0].GetProperty("highlights").TryGetProperty("passages", out _), "ranges only when asked");
    }
}
