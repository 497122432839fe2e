using Lingua;
using Search.Core.Text;

namespace Search.Core.Enrichment;

/// <summary>
/// An article's language as an ISO 639-1 code, read from its text by Lingua's n-gram models (Apache-2.0), choosing
/// among the languages of <c>languages.txt</c>. Texts too short to tell get none. Thread-safe; the models load on
/// first use.
/// </summary>
public sealed class LanguageIdentifier
{
    /// <summary>How much of a text is read: the start of an article says its language as well as the whole.</summary>
    public const int SampleLength = 1_000;

    /// <summary>Texts with fewer letters than this get no language: a caption or a headline alone is too short to tell.</summary>
    public const int MinimumLetters = 20;

    private readonly Lazy<LanguageDetector> _detector;

    private LanguageIdentifier(IReadOnlyList<Language> languages)
    {
        Languages = languages.Select(l => LanguageInfo.IsoCode6391(l).ToString().ToLowerInvariant()).ToList();
        _detector = new(() => LanguageDetectorBuilder.FromLanguages([.. languages]).WithLowAccuracyMode().WithPreloadedLanguageModels().Build());
    }

    /// <summary>The codes chosen among, in the file's order.</summary>
    public IReadOnlyList<string> Languages { get; }

    /// <summary>Reads the codes of <paramref name="path"/>; a code Lingua does not know is an error naming the file and line.</summary>
    public static LanguageIdentifier Load(string path)
    {
        var languages = new List<Language>();
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            var code = line.Trim();
            if (code.Length == 0 || code[0] == '#')
            {
                continue;
            }
            languages.Add(Enum.TryParse<IsoCode6391>(code, ignoreCase: true, out var iso) && LanguageInfo.GetByIsoCode6391(iso) is var language and not Language.Unknown
                ? language
                : throw new InvalidDataException($"{path} line {lineNumber}: '{code}' is not an ISO 639-1 code of a language the detector knows"));
        }
        return languages.Distinct().Count() >= 2 ? new LanguageIdentifier(languages.Distinct().ToList())
            : throw new InvalidDataException($"{path}: name at least two languages to tell apart");
    }

    /// <summary>The language of <paramref name="text"/>, or null when it is too short or reads as none of the languages.</summary>
    public string? Identify(string text)
    {
        var sample = text.Length > SampleLength ? text[..SampleLength] : text;
        var letters = 0;
        foreach (var c in sample)
        {
            if (char.IsLetter(c) && ++letters >= MinimumLetters)
            {
                break;
            }
        }
        if (letters < MinimumLetters)
        {
            return null;
        }
        var language = _detector.Value.DetectLanguageOf(sample);
        return language == Language.Unknown ? null : LanguageInfo.IsoCode6391(language).ToString().ToLowerInvariant();
    }
}
