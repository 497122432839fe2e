using System.Globalization;
using System.Text.RegularExpressions;

namespace Search.Core.Ingest;

/// <summary>
/// Which dates can be publication dates: none before <see cref="DefaultEarliestYear"/> (configurable) and none after
/// tomorrow — a page dated <c>0001-01-01</c> (an unset date written out) or in the next decade has no date. A page's
/// dates are tried in order and the first plausible one is taken, down to the date in its URL (<c>/2019/11/19/</c>).
/// </summary>
public static partial class PublicationDate
{
    public const int DefaultEarliestYear = 1990;

    [GeneratedRegex(@"/(?<y>(?:19|20)\d\d)[/-](?<m>0?[1-9]|1[0-2])[/-](?<d>0?[1-9]|[12]\d|3[01])(?=[/\-._]|$)")]
    private static partial Regex UrlDate();

    [GeneratedRegex(@"/(?<y>(?:19|20)\d\d)(?<m>0[1-9]|1[0-2])(?<d>0[1-9]|[12]\d|3[01])/")]
    private static partial Regex UrlCompactDate();

    public static bool Plausible(DateOnly date, int earliestYear = DefaultEarliestYear) =>
        date.Year >= earliestYear && date <= DateOnly.FromDateTime(DateTime.UtcNow).AddDays(1);

    /// <summary>The date a URL's path carries (<c>/2019/11/19/</c>, <c>/2019-11-19-</c>, <c>/20191119/</c>), or null.</summary>
    public static DateOnly? FromUrl(string? url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            return null;
        }
        var path = uri.AbsolutePath;
        var m = UrlDate().Match(path) is { Success: true } dated ? dated : UrlCompactDate().Match(path);
        return m.Success && DateOnly.TryParseExact($"{m.Groups["y"].Value}-{int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture):D2}-{int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture):D2}",
            "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
    }

    /// <summary>The first of the page's date texts that reads as a plausible date, else the URL's date.</summary>
    public static DateOnly? First(IEnumerable<string?> texts, string? url, int earliestYear = DefaultEarliestYear)
    {
        foreach (var text in texts)
        {
            if (MetadataFields.TryParseDate(text, out var date) && date is { } d && Plausible(d, earliestYear))
            {
                return d;
            }
        }
        return FromUrl(url) is { } fromUrl && Plausible(fromUrl, earliestYear) ? fromUrl : null;
    }
}
