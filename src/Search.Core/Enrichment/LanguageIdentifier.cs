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

    /// <summary>
    /// Texts with fewer letters than this get no language: a few words are too short to tell. A Chinese, Japanese or
    /// Korean character counts as two: it says as much as a short word.
    /// </summary>
    public const int MinimumLetters = 12;

    /// <summary>The share of a text's words that makes a shortcut's language the text's language.</summary>
    public const double ShortcutShare = 0.12;

    private readonly Lazy<LanguageDetector> _detector;
    private readonly IReadOnlyList<(string Code, HashSet<string> Words)> _shortcuts;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>>[] _shortcutLookups;

    private LanguageIdentifier(IReadOnlyList<Language> languages, IReadOnlyList<(string Code, HashSet<string> Words)> shortcuts)
    {
        _shortcuts = shortcuts;
        _shortcutLookups = [.. shortcuts.Select(s => s.Words.GetAlternateLookup<ReadOnlySpan<char>>())];
        Languages = languages.Select(l => LanguageInfo.IsoCode6391(l).ToString().ToLowerInvariant()).ToList();
        _detector = new(() => LanguageDetectorBuilder.FromLanguages([.. languages]).WithLowAccuracyMode().WithPreloadedLanguageModels().Build());
    }

    /// <summary>The codes chosen among, in the file's order.</summary>
    public IReadOnlyList<string> Languages { get; }

    /// <summary>
    /// Reads the codes of <paramref name="path"/> and, when given, the shortcuts of <paramref name="shortcutsPath"/>
    /// (a code, then its common words); a code Lingua does not know is an error naming the file and line.
    /// </summary>
    public static LanguageIdentifier Load(string path, string? shortcutsPath = null)
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
        if (languages.Distinct().Count() < 2)
        {
            throw new InvalidDataException($"{path}: name at least two languages to tell apart");
        }
        var codes = languages.Select(l => LanguageInfo.IsoCode6391(l).ToString().ToLowerInvariant()).ToHashSet();
        var shortcuts = new List<(string, HashSet<string>)>();
        lineNumber = 0;
        foreach (var line in shortcutsPath is null ? [] : File.ReadLines(shortcutsPath))
        {
            lineNumber++;
            var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (words.Length == 0 || words[0].StartsWith('#'))
            {
                continue;
            }
            shortcuts.Add(codes.Contains(words[0]) && words.Length > 1
                ? (words[0], words.Skip(1).Select(w => w.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal))
                : throw new InvalidDataException($"{shortcutsPath} line {lineNumber}: start with a code of {path}, then the language's words"));
        }
        return new LanguageIdentifier(languages.Distinct().ToList(), shortcuts);
    }

    /// <summary>
    /// The article's language: the one its source declares when the text agrees — the text is too short to tell, or
    /// reads as the declared language at least half as likely as the likeliest — else the one the text reads as. A
    /// site's template often declares one language for every page; the text decides then.
    /// </summary>
    public string? Decide(string text, string? declared)
    {
        var code = Code(declared);
        if (code is null)
        {
            return Identify(text);
        }
        if (Sample(text) is not { } sample)
        {
            return code;
        }
        if (Shortcut(sample) is { } shortcut)
        {
            return shortcut;
        }
        var confidence = _detector.Value.ComputeLanguageConfidenceValues(sample);
        var top = confidence.Count == 0 ? default : confidence.MaxBy(c => c.Value);
        if (top.Value <= 0)
        {
            return code;
        }
        var declaredLanguage = Enum.TryParse<IsoCode6391>(code, ignoreCase: true, out var iso) ? LanguageInfo.GetByIsoCode6391(iso) : Language.Unknown;
        return confidence.TryGetValue(declaredLanguage, out var p) && p >= top.Value / 2 ? code : LanguageInfo.IsoCode6391(top.Key).ToString().ToLowerInvariant();
    }

    /// <summary>A declared language as an ISO 639-1 code: "de-AT", "pt_BR" and "EN" are de, pt and en; null for none or a form that is not one.</summary>
    public static string? Code(string? declared)
    {
        if (string.IsNullOrWhiteSpace(declared))
        {
            return null;
        }
        var primary = declared.Trim().Split('-', '_')[0].ToLowerInvariant();
        return primary.Length == 2 && primary.All(char.IsAsciiLetterLower) ? primary : null;
    }

    /// <summary>The language of <paramref name="text"/>, or null when it is too short or reads as none of the languages.</summary>
    public string? Identify(string text)
    {
        if (Sample(text) is not { } sample)
        {
            return null;
        }
        if (Shortcut(sample) is { } shortcut)
        {
            return shortcut;
        }
        var language = _detector.Value.DetectLanguageOf(sample);
        return language == Language.Unknown ? null : LanguageInfo.IsoCode6391(language).ToString().ToLowerInvariant();
    }

    // The language whose common words make at least ShortcutShare of the sample's words (of 20 at least), or null.
    private string? Shortcut(string sample)
    {
        if (_shortcuts.Count == 0)
        {
            return null;
        }
        Span<int> hits = stackalloc int[_shortcuts.Count];
        var words = 0;
        var lookup = _shortcutLookups;
        Span<char> lower = stackalloc char[32];
        for (var i = 0; i < sample.Length;)
        {
            if (!char.IsLetter(sample[i]))
            {
                i++;
                continue;
            }
            var start = i;
            while (i < sample.Length && char.IsLetter(sample[i]))
            {
                i++;
            }
            words++;
            if (i - start > lower.Length)
            {
                continue;
            }
            var word = lower[..(i - start)];
            sample.AsSpan(start, i - start).ToLowerInvariant(word);
            for (var k = 0; k < lookup.Length; k++)
            {
                if (lookup[k].Contains(word))
                {
                    hits[k]++;
                }
            }
        }
        if (words < 20)
        {
            return null;
        }
        for (var k = 0; k < hits.Length; k++)
        {
            if (hits[k] >= ShortcutShare * words)
            {
                return _shortcuts[k].Code;
            }
        }
        return null;
    }

    // Han, kana and Hangul: scripts whose characters are syllables or words.
    private static bool IsDense(char c) => c is >= '\u3040' and <= '\u30FF' or >= '\u3400' and <= '\u9FFF' or >= '\uAC00' and <= '\uD7AF' or >= '\uF900' and <= '\uFAFF';

    // The start of the text, or null when it has too few letters to tell a language.
    private static string? Sample(string text)
    {
        var sample = text.Length > SampleLength ? text[..SampleLength] : text;
        var letters = 0;
        foreach (var c in sample)
        {
            if (char.IsLetter(c) && (letters += IsDense(c) ? 2 : 1) >= MinimumLetters)
            {
                break;
            }
        }
        return letters < MinimumLetters ? null : sample;
    }
}
