namespace Search.Core.Ingest;

/// <summary>Reads a <c>.txt</c> file holding the text of one scraped page.</summary>
public static class PageTextReader
{
    public static IEnumerable<IngestItem> Read(string file, string relative)
    {
        var (text, problem) = SourceFile.ReadText(file, relative);
        if (problem is not null)
        {
            yield return IngestItem.Fail(problem);
        }
        if (text is null)
        {
            yield break;
        }
        if (string.IsNullOrWhiteSpace(text))
        {
            yield return IngestItem.Fail(new IngestProblem(relative, null, "file holds only white space"));
            yield break;
        }
        yield return IngestItem.Of(new SourceDocument { Source = relative, Text = text, Kind = TextKind.PageText });
    }
}
