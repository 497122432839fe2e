using System.Globalization;
using Lucene.Net.Search;
using Search.Core.Errors;
using Search.Core.Indexing;
using Search.Core.Schema;

namespace Search.Core.Querying;

/// <summary>Dates as people write them in queries and parameters: 2014, 2014-06 or 2014-06-17, and ranges of them.</summary>
public static class DateBounds
{
    private static readonly string[] Formats = ["yyyy-MM-dd", "yyyy-MM", "yyyy"];

    /// <summary>The first (or, with <paramref name="end"/>, the last) day of a year, month or day; null for <c>*</c>, empty or missing (open).</summary>
    public static long? Parse(string? text, bool end)
    {
        if (string.IsNullOrWhiteSpace(text) || text == "*")
        {
            return null;
        }
        foreach (var format in Formats)
        {
            if (DateOnly.TryParseExact(text, format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
            {
                if (end)
                {
                    d = format switch { "yyyy" => new DateOnly(d.Year, 12, 31), "yyyy-MM" => d.AddMonths(1).AddDays(-1), _ => d };
                }
                return d.DayNumber;
            }
        }
        throw new SearchRequestException(ErrorCodes.InvalidDate, $"'{text}' is not a date: use 2014, 2014-06 or 2014-06-17 (or * for an open end)");
    }

    /// <summary>
    /// Days published from one period to another: <c>[2014 TO 2016]</c> takes both years whole, <c>{2014 TO 2016}</c>
    /// neither (2015 only), <c>[2021 TO *]</c> everything from 2021.
    /// </summary>
    public static Query Range(string? from, string? to, bool fromIncluded = true, bool toIncluded = true)
    {
        var lo = fromIncluded ? Parse(from, end: false) : Parse(from, end: true) + 1;
        var hi = toIncluded ? Parse(to, end: true) : Parse(to, end: false) - 1;
        return NumericRangeQuery.NewInt64Range(IndexFields.Published, lo, hi, true, true);
    }
}
