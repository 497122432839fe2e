using System.Globalization;
using System.Text.RegularExpressions;

namespace Search.Core.Ingest;

/// <summary>
/// A date as a page writes it in text, in the languages of <c>month-names.txt</c>: "21. April 2020", "4 de mayo de
/// 2022", "November 8, 2023", "26.10.2023", "2023-10-26". A slashed date ("05/06/2022") is left alone: which number is the
/// month differs by country.
/// </summary>
public static partial class DateText
{
    [GeneratedRegex(@"\b(?<y>(?:19|20)\d\d)-(?<m>0[1-9]|1[0-2])-(?<d>0[1-9]|[12]\d|3[01])\b")]
    private static partial Regex Iso();

    [GeneratedRegex(@"\b(?<d>0?[1-9]|[12]\d|3[01])\.\s?(?<m>0?[1-9]|1[0-2])\.\s?(?<y>(?:19|20)\d\d)\b")]
    private static partial Regex Dotted();

    [GeneratedRegex(@"\b(?<d>0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th|\.|º)?\s+(?:de\s+)?(?<month>\p{L}{3,12})\.?,?\s+(?:de\s+)?(?<y>(?:19|20)\d\d)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DayMonthYear();

    [GeneratedRegex(@"\b(?<month>\p{L}{3,12})\.?\s+(?<d>0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?,?\s+(?<y>(?:19|20)\d\d)\b", RegexOptions.IgnoreCase)]
    private static partial Regex MonthDayYear();

    private static readonly Lazy<Dictionary<string, int>> Months = new(() => Load(Path.Combine(AppContext.BaseDirectory, "Data", "month-names.txt")));

    /// <summary>The first date the text writes, or null.</summary>
    public static DateOnly? Find(string text)
    {
        if (Iso().Match(text) is { Success: true } iso && Make(iso.Groups["y"].Value, int.Parse(iso.Groups["m"].Value, CultureInfo.InvariantCulture), iso.Groups["d"].Value) is { } a)
        {
            return a;
        }
        if (Dotted().Match(text) is { Success: true } dotted && Make(dotted.Groups["y"].Value, int.Parse(dotted.Groups["m"].Value, CultureInfo.InvariantCulture), dotted.Groups["d"].Value) is { } b)
        {
            return b;
        }
        foreach (var regex in new[] { DayMonthYear(), MonthDayYear() })
        {
            foreach (Match m in regex.Matches(text))
            {
                if (Months.Value.TryGetValue(m.Groups["month"].Value.ToLowerInvariant(), out var month) && Make(m.Groups["y"].Value, month, m.Groups["d"].Value) is { } c)
                {
                    return c;
                }
            }
        }
        return null;
    }

    private static DateOnly? Make(string year, int month, string day)
    {
        var y = int.Parse(year, CultureInfo.InvariantCulture);
        var d = int.Parse(day, CultureInfo.InvariantCulture);
        return month is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, month) ? new DateOnly(y, month, d) : null;
    }

    private static Dictionary<string, int> Load(string path)
    {
        var months = new Dictionary<string, int>(StringComparer.Ordinal);
        if (!File.Exists(path))
        {
            return months;
        }
        foreach (var line in File.ReadLines(path).Where(l => l.Length > 0 && !l.StartsWith('#')))
        {
            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length > 1 && int.TryParse(parts[0], CultureInfo.InvariantCulture, out var number))
            {
                foreach (var name in parts.Skip(1))
                {
                    months.TryAdd(name, number);
                }
            }
        }
        return months;
    }
}
