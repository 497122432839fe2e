using Search.Core.Enrichment;
using Search.Core.Enrichment.Tagging;

namespace Search.Training;

/// <summary>
/// The two scores the issue asks for. Mention level: the model's PER spans against the gold spans, token for token.
/// Article level: the service's whole people finder (model and rules) over a document's text against the gold set of
/// people, where a gold surname standing alone counts for the full name the document used.
/// </summary>
public static class Evaluation
{
    public static Scores Mentions(NameModel model, TaggerLexicon lexicon, IEnumerable<CorpusDocument> docs, Action<string, string>? onError = null)
    {
        var scores = new Scores();
        foreach (var s in docs.SelectMany(d => d.Sentences))
        {
            var sentence = TrainingSentence.FromWords(s.Words, s.Tags);
            var predicted = Spans(model.Tag(sentence.Tokens, lexicon));
            var gold = Spans(sentence.Tags);
            scores.Add(predicted, gold);
            if (onError is not null && !predicted.SetEquals(gold))
            {
                onError(string.Join(' ', sentence.Tokens.Select(t => t.Text)), string.Join(" | ", Describe(sentence, predicted, gold)));
            }
        }
        return scores;
    }

    public static Scores Articles(PersonTagger people, IEnumerable<CorpusDocument> docs, TextWriter? errors = null)
    {
        var scores = new Scores();
        foreach (var doc in docs)
        {
            var paragraphs = doc.Sentences.Select(s => TrainingSentence.Detokenize(s.Words).Text).ToList();
            var predicted = people.Tag(paragraphs).Select(p => PersonNameData.Key(p.Name)).ToHashSet();
            var gold = GoldPeople(doc).Select(PersonNameData.Key).ToHashSet();
            scores.Add(predicted, gold);
            if (errors is not null && !predicted.SetEquals(gold))
            {
                errors.WriteLine($"{doc.Id}: missed [{string.Join(", ", gold.Except(predicted))}] wrong [{string.Join(", ", predicted.Except(gold))}]");
            }
        }
        return scores;
    }

    /// <summary>The distinct people a document's gold tags name, a lone surname merged into a full name ending with it.</summary>
    public static List<string> GoldPeople(CorpusDocument doc)
    {
        var names = new List<string>();
        foreach (var s in doc.Sentences)
        {
            var sentence = TrainingSentence.FromWords(s.Words, s.Tags);
            foreach (var span in NameSpan.FromTags(sentence.Tags).Where(x => x.Kind == "PER"))
            {
                names.Add(string.Join(' ', sentence.Tokens.Skip(span.Start).Take(span.Length).Select(t => PersonNameData.NormalizeName(t.Text))));
            }
        }
        var full = names.Where(n => n.Contains(' ')).ToList();
        return names.Select(n => n.Contains(' ') ? n : full.FirstOrDefault(f => f.EndsWith(" " + n, StringComparison.Ordinal) || f.StartsWith(n + " ", StringComparison.Ordinal)) ?? n)
            .DistinctBy(PersonNameData.Key).ToList();
    }

    private static HashSet<(int, int)> Spans(int[] tags) =>
        NameSpan.FromTags(tags).Where(s => s.Kind == "PER").Select(s => (s.Start, s.End)).ToHashSet();

    private static IEnumerable<string> Describe(TrainingSentence s, HashSet<(int, int)> predicted, HashSet<(int, int)> gold)
    {
        string Text((int Start, int End) span) => string.Join(' ', s.Tokens.Skip(span.Start).Take(span.End - span.Start).Select(t => t.Text));
        foreach (var g in gold.Except(predicted))
        {
            yield return "missed " + Text(g);
        }
        foreach (var p in predicted.Except(gold))
        {
            yield return "wrong " + Text(p);
        }
    }
}
