using Search.Core.Enrichment;

namespace Search.Training;

/// <summary>
/// How often <see cref="LanguageIdentifier"/> names the right language on Universal Dependencies test sets: each
/// sentence alone (short texts: a headline, a caption) and runs of ten consecutive sentences (the start of an article).
/// A file's language is the ISO 639-1 code its name starts with (<c>de_gsd-ud-test.conllu</c>); a text given no
/// language counts as wrong.
/// </summary>
public static class LanguageEvaluation
{
    public const int SentencesPerParagraph = 10;

    public static void Run(IEnumerable<string> files, LanguageIdentifier languages, TextWriter output, TextWriter? errors)
    {
        output.WriteLine("| treebank | language | sentences: right | none given | paragraphs of 10: right |");
        output.WriteLine("| --- | --- | ---: | ---: | ---: |");
        int sentences = 0, sentencesRight = 0, paragraphs = 0, paragraphsRight = 0;
        foreach (var file in files.Order(StringComparer.Ordinal))
        {
            var code = Path.GetFileName(file).Split('_')[0];
            var texts = File.ReadLines(file).Where(l => l.StartsWith("# text = ", StringComparison.Ordinal)).Select(l => l["# text = ".Length..].Trim()).ToList();
            var found = texts.Select(languages.Identify).ToList();
            var right = found.Count(f => f == code);
            var none = found.Count(f => f is null);
            var runs = texts.Chunk(SentencesPerParagraph).Where(c => c.Length == SentencesPerParagraph).Select(c => string.Join(' ', c)).ToList();
            var runsRight = runs.Count(r => languages.Identify(r) == code);
            output.WriteLine($"| {Path.GetFileName(file)} | {code} | {Percent(right, texts.Count)} of {texts.Count} | {Percent(none, texts.Count)} | {Percent(runsRight, runs.Count)} of {runs.Count} |");
            foreach (var (text, wrong) in texts.Zip(found).Where(x => x.Second != code).Take(errors is null ? 0 : 5))
            {
                errors!.WriteLine($"  {code} read as {wrong ?? "none"}: {text}");
            }
            sentences += texts.Count;
            sentencesRight += right;
            paragraphs += runs.Count;
            paragraphsRight += runsRight;
        }
        output.WriteLine($"| all | | {Percent(sentencesRight, sentences)} of {sentences} | | {Percent(paragraphsRight, paragraphs)} of {paragraphs} |");
    }

    private static string Percent(int part, int whole) => whole == 0 ? "—" : $"{100.0 * part / whole:0.0} %";
}
