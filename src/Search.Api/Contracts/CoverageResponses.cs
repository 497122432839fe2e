using Search.Core.Searching;
using Search.Core.Coverage;

namespace Search.Api.Contracts;

/// <summary>
/// A distinctive term: how many of the value's articles (sampled, for words and phrases) have it, how many of the other
/// values' articles, its log-likelihood G², and <c>search</c>: the API search that shows it in context within the value.
/// </summary>
public sealed record DistinctiveTermDto(string Term, string? Name, int Count, int OtherCount, double Score, string Search);

public sealed record ComparedValueDto(string Value, string? Name, int Articles, int Sampled,
    IReadOnlyList<DistinctiveTermDto> Words, IReadOnlyList<DistinctiveTermDto> Phrases, IReadOnlyList<DistinctiveTermDto> People, IReadOnlyList<DistinctiveTermDto> Countries);

/// <summary>
/// The answer of <c>/api/compare</c>: for each compared value, the words, two-word phrases, people and countries its
/// matching articles use more than the other values' matching articles. <c>score</c> is Dunning's log-likelihood G²
/// (over 10.83: under a 0.1% chance of being luck); words and phrases are counted in a sample of <c>samplePerValue</c>
/// matching articles per value (<c>sampled</c> says how many), people and countries in every match.
/// </summary>
public sealed record CompareResponse(string By, int Total, int SamplePerValue, string Score, IReadOnlyList<ComparedValueDto> Values)
{
    public static CompareResponse From(CompareResult r, string byFilter, string selection)
    {
        string Link(string value, string? q, string? filter, string? filterValue)
        {
            var query = System.Web.HttpUtility.ParseQueryString(selection);
            if (q is not null)
            {
                var existing = query["q"];
                query["q"] = string.IsNullOrWhiteSpace(existing) ? q : $"({existing}) {q}";
            }
            if (byFilter is "year" or "month")
            {
                (query["from"], query["to"]) = (value, value);
            }
            else
            {
                query.Add(byFilter, value);
            }
            if (filter is not null)
            {
                query.Add(filter, filterValue);
            }
            return "/api/search?" + query;
        }
        DistinctiveTermDto Term(string value, DistinctiveTerm t, string? filter) => new(t.Term, t.Name, t.Count, t.OtherCount, t.Score,
            filter is null ? Link(value, t.Term.Contains(' ') ? $"\"{t.Term}\"" : t.Term, null, null) : Link(value, null, filter, t.Term));
        return new CompareResponse(r.By, r.Total, r.SamplePerValue, "log-likelihood G²", r.Values.Select(v => new ComparedValueDto(v.Value, v.Name, v.Articles, v.Sampled,
            v.Words.Select(t => Term(v.Value, t, null)).ToList(), v.Phrases.Select(t => Term(v.Value, t, null)).ToList(),
            v.People.Select(t => Term(v.Value, t, "person")).ToList(), v.Countries.Select(t => Term(v.Value, t, "country")).ToList())).ToList());
    }
}

/// <summary>
/// The answer of <c>/api/timeline</c>: <c>periods</c> (years or months with matches), and per value its matching
/// articles per period; with normalize=true also <c>outputs</c> (all its articles per period) and <c>shares</c>
/// (matches over output, null where it published nothing).
/// </summary>
public sealed record TimelineResponse(string By, string Interval, bool Normalized, int Total, IReadOnlyList<string> Periods, IReadOnlyList<TimelineSeries> Series);
