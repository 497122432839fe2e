using Search.Core.Enrichment.Tagging;
using Search.Core.Text;

namespace Search.Core.Enrichment;

/// <summary>
/// Every data file enrichment (and query reading) uses, loaded once. The default folder is <c>Data/</c> beside the program; a user copies
/// it, extends the files, and points <c>Search:DataPath</c> (or the indexer's <c>--data</c>) at the copy.
/// </summary>
public sealed class EnrichmentData
{
    public required BoilerplateRules Boilerplate { get; init; }
    public required OutletRegistry Outlets { get; init; }
    public required Gazetteer Gazetteer { get; init; }
    public required PersonNameData Names { get; init; }

    /// <summary>Country names in the archive's other languages (<c>country-names.tsv</c>).</summary>
    public required CountryNamesByLanguage CountryNames { get; init; }

    /// <summary>The word lists the name tagger reads as features.</summary>
    public required TaggerLexicon Lexicon { get; init; }

    /// <summary>The trained name tagger (<c>names-model.bin.gz</c>); null only when loaded without it, to train one.</summary>
    public required NameModel? NameModel { get; init; }

    /// <summary>The name tagger for articles in other languages than English (<c>names-model-world.bin.gz</c>), when loaded.</summary>
    public NameModel? WorldNameModel { get; init; }

    /// <summary>Lower-case words that never mean the acronym written the same (<c>not-acronyms.txt</c>): for queries.</summary>
    public required IReadOnlySet<string> NotAcronyms { get; init; }

    /// <summary>Lower-case words too common in news to tell outlets apart (<c>compare-stop-words.txt</c>): for comparisons.</summary>
    public required IReadOnlySet<string> CompareStopWords { get; init; }

    /// <summary>Words of a by-line's roles ("staff", "writer", "correspondent"): <c>author-roles.txt</c>.</summary>
    public required IReadOnlySet<string> AuthorRoles { get; init; }

    /// <summary>The languages an article's text is told apart among (<c>languages.txt</c>).</summary>
    public required LanguageIdentifier Languages { get; init; }

    /// <summary>Other scripts' letters and their Latin spellings, for names across scripts (<c>transliteration.tsv</c>).</summary>
    public required ScriptSpellings Scripts { get; init; }

    public static string DefaultDirectory => Path.Combine(AppContext.BaseDirectory, "Data");

    private static readonly Lazy<EnrichmentData> DefaultData = new(() => Load(DefaultDirectory));

    /// <summary>The data shipped with the program (loaded once per process).</summary>
    public static EnrichmentData Default => DefaultData.Value;

    /// <summary>
    /// Loads every data file; a missing file is an <see cref="IOException"/> and a damaged model an
    /// <see cref="InvalidDataException"/>, both naming the file, so a program can refuse to start rather than fail mid-run.
    /// </summary>
    public static EnrichmentData Load(string? directory, bool withModel = true)
    {
        directory ??= DefaultDirectory;
        if (!Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException($"enrichment data folder not found: {directory}");
        }
        string File(string name) => Path.Combine(directory, name);
        var gazetteer = Gazetteer.Load(File("countries.tsv"), File("country-traps.txt"), File("ambiguous-countries.tsv"));
        return new EnrichmentData
        {
            Boilerplate = BoilerplateRules.Load(File("boilerplate.json")),
            Outlets = OutletRegistry.Load(File("outlets.json")),
            Gazetteer = gazetteer,
            CountryNames = CountryNamesByLanguage.Load(File("country-names.tsv"), gazetteer, File("demonym-endings.tsv")),
            Lexicon = TaggerLexicon.Load(directory, gazetteer.Phrases),
            NameModel = withModel ? NameModel.Load(File("names-model.bin.gz")) : null,
            WorldNameModel = withModel ? NameModel.Load(File("names-model-world.bin.gz")) : null,
            Names = PersonNameData.Load(directory),
            NotAcronyms = DataFile.Words(File("not-acronyms.txt")).Select(w => w.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal),
            CompareStopWords = DataFile.Words(File("compare-stop-words.txt")).Select(w => w.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal),
            Languages = LanguageIdentifier.Load(File("languages.txt"), File("language-shortcuts.txt")),
            Scripts = ScriptSpellings.Load(File("transliteration.tsv")),
            AuthorRoles = DataFile.Words(File("author-roles.txt")).Select(w => w.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal),
        };
    }
}
