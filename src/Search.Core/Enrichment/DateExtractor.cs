using System.Globalization;
using System.Text.RegularExpressions;

namespace Search.Core.Enrichment;

/// <summary>
/// The publication date from the page's dateline, byline or footer ("17 Jun, 2022 08:16", "June 17, 2014",
/// "July 05, 2021", "2022-06-17"): never a date told inside the story, never today's date by default, never the future.
/// </summary>
public static partial class DateExtractor
{
    private const string Month = "(?<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";

    [GeneratedRegex(@"\b(?<year>(?:19|20)\d\d)-(?<m>0[1-9]|1[0-2])-(?<day>0[1-9]|[12]\d|3[01])\b")]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"\b(?<day>[0-3]?\d)(?:st|nd|rd|th)? " + Month + @",? (?<year>(?:19|20)\d\d)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DayMonthYear();

    [GeneratedRegex(@"\b" + Month + @" (?<day>[0-3]?\d)(?:st|nd|rd|th)?,? (?<year>(?:19|20)\d\d)\b", RegexOptions.IgnoreCase)]
    private static partial Regex MonthDayYear();

    [GeneratedRegex(@"^(published|posted|updated|last updated|date)( on)?:?\s", RegexOptions.IgnoreCase)]
    private static partial Regex DatelineLabel();

    public static bool HasDate(string line) => Find(line) is not null && line.Length < 80;

    /// <summary>Header lines first (the dateline), then a labelled line at the top of the body, then the footer.</summary>
    public static DateOnly? Extract(PageLayout page, DateOnly? notAfter = null)
    {
        var limit = notAfter ?? DateOnly.FromDateTime(DateTime.UtcNow).AddDays(1);
        var lines = page.Header
            .Concat(page.Body.Take(3).Where(l => DatelineLabel().IsMatch(l) || l.Length < 30))
            .Concat(page.Footer.Where(l => l.Length < 120));
        foreach (var line in lines)
        {
            if (Find(line) is { } date && date <= limit)
            {
                return date;
            }
        }
        return null;
    }

    public static DateOnly? Find(string line)
    {
        var iso = IsoDate().Match(line);
        if (iso.Success && TryDate(iso.Groups["year"].Value, iso.Groups["m"].Value, iso.Groups["day"].Value, out var d))
        {
            return d;
        }
        foreach (var regex in new[] { DayMonthYear(), MonthDayYear() })
        {
            var m = regex.Match(line);
            if (m.Success && TryDate(m.Groups["year"].Value, MonthNumber(m.Groups["month"].Value), m.Groups["day"].Value, out d))
            {
                return d;
            }
        }
        return null;
    }

    private static string MonthNumber(string name) =>
        (Array.FindIndex(CultureInfo.InvariantCulture.DateTimeFormat.AbbreviatedMonthNames,
            a => a.Length > 0 && name.StartsWith(a, StringComparison.OrdinalIgnoreCase)) + 1).ToString(CultureInfo.InvariantCulture);

    private static bool TryDate(string year, string month, string day, out DateOnly date)
    {
        date = default;
        if (!int.TryParse(year, CultureInfo.InvariantCulture, out var y) || !int.TryParse(month, CultureInfo.InvariantCulture, out var m)
            || !int.TryParse(day, CultureInfo.InvariantCulture, out var dd) || m is < 1 or > 12 || dd < 1 || dd > DateTime.DaysInMonth(y, m))
        {
            return false;
        }
        date = new DateOnly(y, m, dd);
        return true;
    }
}
