namespace Search.Core.Enrichment;

/// <summary>
/// The headline of a scraped page: the line a scrape repeats (page title and headline), else the first line before the
/// article that reads like a headline (5 to 30 words, starts with a capital, not a sentence, not noise).
/// </summary>
public sealed class TitleExtractor(BoilerplateRules rules)
{
    public string? Extract(PageLayout page)
    {
        var candidates = page.Header.Where(IsHeadlineLike).ToList();
        var repeated = candidates.GroupBy(l => l, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        var title = repeated?.Key ?? candidates.FirstOrDefault();
        if (title is null && page.Body.Count > 0 && IsHeadlineLike(page.Body[0]) && page.Body.Count > 1)
        {
            title = page.Body[0];
        }
        return title;
    }

    private bool IsHeadlineLike(string line)
    {
        var words = PageCleaner.WordCount(line);
        return words is >= 5 and <= 30
            && (char.IsUpper(line[0]) || char.IsDigit(line[0]) || line[0] is '"' or '“' or '‘' or '\'')
            && !line.EndsWith('.')
            && !rules.IsNoise(line)
            && !DateExtractor.HasDate(line);
    }
}
