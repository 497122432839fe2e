using System.Diagnostics;
using Search.Core.Enrichment;
using Search.Core.Enrichment.Tagging;
using Search.Tests.Shared;
using Search.Core.Text;

namespace Search.Training;

/// <summary>
/// Trains the name tagger the service ships (<c>src/Search.Core/Data/names-model.bin.gz</c>) from the annotated corpora
/// in <c>corpora/</c>, and scores it. One command, seeded and deterministic:
/// <code>dotnet run -c Release --project tests/Search.Training -- train</code>
/// Commands: <c>train [--epochs N] [--seed N] [--out FILE]</c>, <c>evaluate [--errors] [--rules-only]</c> (the shipped model and
/// people finder on the held-out documents), <c>html TRAFILATURA_TESTS_DIR [--errors]</c> (HTML extraction on
/// trafilatura's evaluation pages), <c>news TRAFILATURA_TESTS_DIR [--errors] [--rules-only]</c> (people and countries
/// on the hand-annotated news articles), <c>metadata TRAFILATURA_TESTS_DIR [--errors]</c> (outlet, date and authors on the
/// hand-annotated news pages), <c>languages CONLLU_FILE…</c> (the language of Universal Dependencies test sentences and
/// paragraphs), <c>multilingual PUD_CONLLU_FILE…</c> (language, countries and names across scripts on the news of the
/// parallel treebanks, <see cref="MultilingualEvaluation"/>), <c>import SOURCES_DIR</c> (rebuilds <c>corpora/</c> from
/// the upstream files).
/// Every tenth document of each corpus is held out from training and is what the scores are measured on.
/// </summary>
public static class Program
{
    private const int HoldOutEvery = 10;

    public static int Main(string[] args)
    {
        var command = args.FirstOrDefault() ?? "train";
        string? Option(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
        var dataDir = Path.Combine(RepositoryRoot.Path, "src", "Search.Core", "Data");
        var corporaDir = Option("--corpora") ?? Path.Combine(RepositoryRoot.Path, "tests", "Search.Training", "corpora");
        // --world: the model for articles in other languages, trained on the English corpora and the other languages'.
        string[] Corpora(bool world) => world ? [corporaDir, WorldCorporaDir(corporaDir)] : [corporaDir];
        static string ModelFile(bool world) => world ? "names-model-world.bin.gz" : "names-model.bin.gz";
        // --beam N: decode with a beam of N hypotheses instead of greedily (evaluate, news, speed).
        int Beam() => int.Parse(Option("--beam") ?? "1", System.Globalization.CultureInfo.InvariantCulture);
        switch (command)
        {
            case "import":
                return Import(args.ElementAtOrDefault(1) ?? throw new ArgumentException("usage: import SOURCES_DIR"), corporaDir, dataDir);
            case "import-world":
                return ImportWorld(args.Skip(1).Where(a => !a.StartsWith("--", StringComparison.Ordinal)).ToList(), WorldCorporaDir(corporaDir), dataDir);
            case "train":
                return Train(Corpora(args.Contains("--world")), dataDir, Option("--out") ?? Path.Combine(dataDir, ModelFile(args.Contains("--world"))),
                    int.Parse(Option("--epochs") ?? "12"), int.Parse(Option("--seed") ?? "20261205"));
            case "evaluate":
                return Evaluate(Corpora(args.Contains("--world")), dataDir, ModelFile(args.Contains("--world")), args.Contains("--errors"), args.Contains("--rules-only"), Beam());
            case "tag":
                var loaded = EnrichmentData.Load(dataDir);
                foreach (var text in args.Skip(1))
                {
                    var tokens = WordTokenizer.Tokenize(text);
                    var tags = loaded.NameModel!.Tag(tokens, loaded.Lexicon);
                    Console.WriteLine(string.Join(' ', tokens.Select((t, i) => tags[i] == NameTags.O ? t.Text : $"{t.Text}/{NameTags.Name(tags[i])}")));
                    var people = new PersonTagger(loaded.Names, loaded.Gazetteer, loaded.Outlets, loaded.NameModel, loaded.Lexicon).Tag([text]);
                    Console.WriteLine("  people: " + string.Join("; ", people.Select(p => p.Name)));
                }
                return 0;
            case "speed":
                return Speed(args.ElementAtOrDefault(1) ?? throw new ArgumentException("usage: speed JSONL"), dataDir, Beam());
            case "news":
                return News(args.ElementAtOrDefault(1) ?? throw new ArgumentException("usage: news TRAFILATURA_TESTS_DIR [--errors] [--rules-only]"),
                    dataDir, args.Contains("--errors"), args.Contains("--rules-only"), Beam());
            case "metadata":
                MetadataEvaluation.Run(Path.Combine(RepositoryRoot.Path, "tests", "Search.Training", "annotated", "news-metadata.json"),
                    Path.Combine(args.ElementAtOrDefault(1) ?? throw new ArgumentException("usage: metadata TRAFILATURA_TESTS_DIR [--errors]"), "eval"),
                    new ArticleEnricher(EnrichmentData.Load(dataDir)), Console.Out, args.Contains("--errors") ? Console.Out : null);
                return 0;
            case "html":
                var pages = HtmlEvaluation.Run(args.ElementAtOrDefault(1) ?? throw new ArgumentException("usage: html TRAFILATURA_TESTS_DIR [--errors]"),
                    new ArticleEnricher(EnrichmentData.Load(dataDir)), args.Contains("--errors") ? Console.Out : null);
                HtmlEvaluation.Report(pages, Console.Out);
                return 0;
            case "languages":
                LanguageEvaluation.Run(args.Skip(1).Where(a => !a.StartsWith("--", StringComparison.Ordinal)),
                    EnrichmentData.Load(dataDir).Languages, Console.Out, args.Contains("--errors") ? Console.Out : null);
                return 0;
            case "multilingual":
                MultilingualEvaluation.Run(args.Skip(1).Where(a => !a.StartsWith("--", StringComparison.Ordinal)), EnrichmentData.Load(dataDir), Console.Out,
                    args.Contains("--errors") ? Console.Out : null);
                return 0;
            default:
                Console.Error.WriteLine($"unknown command '{command}': train, evaluate or import");
                return 2;
        }
    }

    /// <summary>Each corpus's documents split in two: every tenth one held out.</summary>
    public static (List<CorpusDocument> Train, List<CorpusDocument> HeldOut) Split(params string[] corporaDirs)
    {
        var train = new List<CorpusDocument>();
        var heldOut = new List<CorpusDocument>();
        foreach (var file in corporaDirs.SelectMany(d => Directory.GetFiles(d, "*.tsv.gz").Order(StringComparer.Ordinal)))
        {
            var docs = CorpusDocument.Read(file);
            for (var i = 0; i < docs.Count; i++)
            {
                (i % HoldOutEvery == HoldOutEvery - 1 ? heldOut : train).Add(docs[i]);
            }
        }
        return (train, heldOut);
    }

    private static int Train(string[] corporaDirs, string dataDir, string output, int epochs, int seed)
    {
        var data = EnrichmentData.Load(dataDir, withModel: false);
        var (train, heldOut) = Split(corporaDirs);
        var sentences = train.SelectMany(d => d.Sentences).Select(s => TrainingSentence.FromWords(s.Words, s.Tags)).ToList();
        Console.WriteLine($"training on {train.Count} documents, {sentences.Count} sentences, {sentences.Sum(s => s.Tokens.Count)} tokens; {heldOut.Count} documents held out");
        var clock = Stopwatch.StartNew();
        var model = new NameModelTrainer(data.Lexicon).Train(sentences, epochs, seed,
            (epoch, accuracy) => Console.WriteLine($"  epoch {epoch}: {accuracy:P2} of candidate tokens right"));
        model.Save(output);
        Console.WriteLine($"{model.FeatureCount} features, {new FileInfo(output).Length / 1024} KB → {output} ({clock.Elapsed.TotalSeconds:F1} s)");
        Console.WriteLine($"held-out PER mentions (model alone): {Evaluation.Mentions(model, data.Lexicon, heldOut)}");
        return 0;
    }

    private static int Evaluate(string[] corporaDirs, string dataDir, string modelFile, bool errors, bool rulesOnly, int beam)
    {
        var data = EnrichmentData.Load(dataDir);
        var model = NameModel.Load(Path.Combine(dataDir, modelFile)).WithBeam(beam);
        var (_, heldOut) = Split(corporaDirs);
        var people = rulesOnly
            ? new PersonTagger(data.Names, data.Gazetteer, data.Outlets)
            : new PersonTagger(data.Names, data.Gazetteer, data.Outlets, model, data.Lexicon);
        foreach (var group in heldOut.GroupBy(d => d.Id.Split('-')[0]))
        {
            Console.WriteLine($"{group.Key} ({group.Count()} held-out documents)");
            Console.WriteLine($"  PER mentions, model alone: {Evaluation.Mentions(model, data.Lexicon, group, errors ? (s, e) => Console.WriteLine($"    {e}   «{s}»") : null)}");
            Console.WriteLine($"  people per article, people finder: {Evaluation.Articles(people, group, errors ? Console.Out : null)}");
        }
        return 0;
    }

    /// <summary>Time spent in each part of people-finding over the texts of a JSON Lines file (first 3,000 lines).</summary>
    private static int Speed(string jsonl, string dataDir, int beam)
    {
        var data = WithBeam(EnrichmentData.Load(dataDir), beam);
        var paragraphs = File.ReadLines(jsonl).Take(3000)
            .Select(l => System.Text.Json.JsonDocument.Parse(l).RootElement.GetProperty("text").GetString()!)
            .Select(t => t.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(WordTokenizer.Tokenize).ToList()).ToList();
        var bytes = File.ReadLines(jsonl).Take(3000).Sum(l => (long)l.Length);
        var withModel = new PersonTagger(data.Names, data.Gazetteer, data.Outlets, data.NameModel, data.Lexicon);
        var rules = new PersonTagger(data.Names, data.Gazetteer, data.Outlets);
        void Time(string name, Action<List<List<WordToken>>> work)
        {
            foreach (var p in paragraphs.Take(200)) work(p);
            var clock = Stopwatch.StartNew();
            foreach (var p in paragraphs) work(p);
            Console.WriteLine($"{name,-22} {clock.Elapsed.TotalMilliseconds,8:F0} ms  {bytes / clock.Elapsed.TotalSeconds / 1e6,6:F1} MB/s");
        }
        Time("lexicon marks", p => { foreach (var t in p) { var hits = new TaggerLexicon.Hit[t.Count]; data.Lexicon.Mark(t, hits); } });
        Time("token features", p => { foreach (var t in p) { _ = new TokenFeatures(t, data.Lexicon); } });
        Time("model tags", p => { foreach (var t in p) { _ = data.NameModel!.Tag(t, data.Lexicon); } });
        Time("people (model+rules)", p => withModel.Tag(p));
        Time("people (rules only)", p => rules.Tag(p));
        return 0;
    }

    private static int News(string trafilaturaTests, string dataDir, bool errors, bool rulesOnly, int beam)
    {
        var data = WithBeam(EnrichmentData.Load(dataDir), beam);
        if (rulesOnly)
        {
            data = new EnrichmentData
            {
                Boilerplate = data.Boilerplate, Outlets = data.Outlets, Gazetteer = data.Gazetteer, Names = data.Names,
                Lexicon = data.Lexicon, NameModel = null, NotAcronyms = data.NotAcronyms, CompareStopWords = data.CompareStopWords, AuthorRoles = data.AuthorRoles,
                Languages = data.Languages, CountryNames = data.CountryNames, Scripts = data.Scripts,
            };
        }
        var annotations = Path.Combine(RepositoryRoot.Path, "tests", "Search.Training", "annotated", "news-people-countries.json");
        var (people, countries) = AnnotatedNews.Run(annotations, Path.Combine(trafilaturaTests, "eval"), new ArticleEnricher(data), errors ? Console.Out : null);
        Console.WriteLine($"people per article: {people}");
        Console.WriteLine($"countries per article: {countries}");
        return 0;
    }

    // The same data with the name models decoding with a beam (1: as loaded, greedy).
    private static EnrichmentData WithBeam(EnrichmentData data, int beam) => beam <= 1 ? data : new EnrichmentData
    {
        Boilerplate = data.Boilerplate, Outlets = data.Outlets, Gazetteer = data.Gazetteer, Names = data.Names,
        Lexicon = data.Lexicon, NameModel = data.NameModel?.WithBeam(beam), WorldNameModel = data.WorldNameModel?.WithBeam(beam),
        NotAcronyms = data.NotAcronyms, CompareStopWords = data.CompareStopWords, AuthorRoles = data.AuthorRoles,
        Languages = data.Languages, CountryNames = data.CountryNames, Scripts = data.Scripts,
    };

    private static int Import(string sourcesDir, string corporaDir, string dataDir)
    {
        var titles = DataFileWords(Path.Combine(dataDir, "person-titles.txt"));
        var import = new SourceImport(titles);
        Directory.CreateDirectory(corporaDir);
        CorpusDocument.Write(Path.Combine(corporaDir, "gmb.tsv.gz"), import.Gmb(Path.Combine(sourcesDir, "gmb.csv")),
            "Groningen Meaning Bank (Bos et al. 2017), Voice of America news; the first 8,300 whole sentences of the Kaggle CSV\n'Annotated Corpus for Named Entity Recognition' (ODbL). Texts public domain. Tags mapped to PER/ORG/LOC.");
        CorpusDocument.Write(Path.Combine(corporaDir, "uner-ewt.tsv.gz"),
            import.Uner(Path.Combine(sourcesDir, "uner-dev.iob2")).Concat(import.Uner(Path.Combine(sourcesDir, "uner-test.iob2"))),
            "Universal NER, English Web Treebank dev and test (Mayhew et al. 2024), CC BY-SA 4.0.");
        var re3d = Directory.GetDirectories(Path.Combine(sourcesDir, "re3d")).Order(StringComparer.Ordinal)
            .SelectMany(dir => Directory.GetFiles(dir, "*.conll").Order(StringComparer.Ordinal).Select(f => import.Re3d(f, Path.GetFileName(dir))));
        CorpusDocument.Write(Path.Combine(corporaDir, "re3d.tsv.gz"), re3d,
            "re3d (Dstl, 2017), sources in the public domain (CENTCOM, US State Department), UK OGL v3, CC BY 3.0 AU and\nWikipedia CC BY-SA 3.0; the BBC Online (non-commercial) and EU documents are left out.");
        Console.WriteLine($"corpora written to {corporaDir}");
        return 0;
    }

    /// <summary>The other languages' corpora, beside the English ones: what the world model trains on besides them.</summary>
    private static string WorldCorporaDir(string corporaDir) => Path.Combine(Path.GetDirectoryName(Path.GetFullPath(corporaDir).TrimEnd('/'))!, "corpora-world");

    // Universal NER treebanks in other languages (every split of each, in documents of 20 sentences, since some have
    // no document marks): one file a treebank.
    private static int ImportWorld(List<string> files, string worldDir, string dataDir)
    {
        var import = new SourceImport(DataFileWords(Path.Combine(dataDir, "person-titles.txt")));
        Directory.CreateDirectory(worldDir);
        foreach (var treebank in files.GroupBy(f => Path.GetFileName(f).Split("-ud-")[0]).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var sentences = treebank.Order(StringComparer.Ordinal).SelectMany(import.Uner).SelectMany(d => d.Sentences);
            var docs = sentences.Chunk(20).Select((c, i) => new CorpusDocument($"uner{treebank.Key.Replace("_", "")}-{i + 1:D4}", [.. c])).ToList();
            CorpusDocument.Write(Path.Combine(worldDir, $"uner-{treebank.Key}.tsv.gz"), docs,
                $"Universal NER (Mayhew et al. 2024), {treebank.Key}: {string.Join(", ", treebank.Select(Path.GetFileName).Order(StringComparer.Ordinal))}; CC BY-SA (see corpora-world/README.md).");
            Console.WriteLine($"{treebank.Key}: {docs.Count} documents, {docs.Sum(d => d.Sentences.Count)} sentences");
        }
        return 0;
    }

    private static HashSet<string> DataFileWords(string path) =>
        File.ReadLines(path).Where(l => l.Length > 0 && !l.StartsWith('#'))
            .SelectMany(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Select(w => w.TrimEnd('.').ToLowerInvariant()).ToHashSet();
}
