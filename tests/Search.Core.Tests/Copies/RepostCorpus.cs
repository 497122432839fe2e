using System.IO.Compression;
using System.Text;
using System.Text.Json;

namespace Search.Core.Tests.Copies;

/// <summary>
/// A dev set for copy detection, generated from real news text: the Voice of America articles of the Groningen Meaning
/// Bank (public domain; tests/Search.Training/corpora/gmb.tsv.gz). Each of the first 120 articles gets 0 to 3 reposts with
/// the edits reposting sites make (a new intro naming the source, a cut ending or only the lead kept, inserted ads and
/// read-more lines, words changed here and there, several at once); the other articles stand alone, and 40 "same event" articles quote one paragraph
/// of an article and are written of sentences from sixteen others (they share a quote, not a text). The truth is the
/// group each article was made from.
/// </summary>
internal static class RepostCorpus
{
    public sealed record Item(string Id, string Title, string Text, DateOnly Published, string Outlet, string Group);

    private static readonly string[] Outlets = ["Daily Courier", "Morning Ledger", "Evening Post", "Valley Tribune", "Harbour Gazette", "Northern Star"];

    public static List<Item> Build(int seed = 7)
    {
        var docs = ReadGmb();
        var random = new Random(seed);
        var items = new List<Item>();
        var day = new DateOnly(2021, 1, 1);
        for (var d = 0; d < docs.Count; d++)
        {
            var paragraphs = docs[d];
            var id = $"a{d:D3}";
            var published = day.AddDays(d);
            items.Add(new Item(id, Headline(paragraphs), string.Join("\n\n", paragraphs), published, Outlets[d % Outlets.Length], id));
            if (d >= 120)
            {
                continue;
            }
            var copies = random.Next(0, 4);
            for (var c = 0; c < copies; c++)
            {
                var edited = Edit(paragraphs, docs, random, Outlets[d % Outlets.Length]);
                items.Add(new Item($"{id}-copy{c}", "Repost: " + Headline(paragraphs), string.Join("\n\n", edited), published.AddDays(1 + c),
                    Outlets[(d + c + 1) % Outlets.Length], id));
            }
        }
        // Same event, separate articles: a paragraph quoted from one article (its first, as quotes of the lead go), the
        // rest written of sentences from sixteen others.
        for (var s = 0; s < 40; s++)
        {
            var quoted = docs[random.Next(120)][0];
            var written = Enumerable.Range(0, 16).Select(_ => docs[random.Next(docs.Count)]).Select(d => d[random.Next(d.Count)].Split(". ")[0].TrimEnd('.') + ".")
                .Chunk(2).Select(c => string.Join(' ', c)).ToList();
            written.Insert(random.Next(written.Count), quoted);
            items.Add(new Item($"s{s:D3}", Headline(written), string.Join("\n\n", written), day.AddDays(400 + s), Outlets[s % Outlets.Length], $"s{s:D3}"));
        }
        return items;
    }

    public static string Jsonl(IEnumerable<Item> items) => string.Join("\n", items.Select(i => JsonSerializer.Serialize(new
    {
        id = i.Id, title = i.Title, text = i.Text, published = i.Published.ToString("yyyy-MM-dd"), outlet = i.Outlet,
    }))) + "\n";

    private static List<string> Edit(List<string> paragraphs, List<List<string>> docs, Random random, string source)
    {
        var edited = paragraphs.ToList();
        var edits = Enumerable.Range(0, 7).OrderBy(_ => random.Next()).Take(random.Next(1, 4)).ToList();
        foreach (var edit in edits)
        {
            switch (edit)
            {
                case 0: // a new intro that names the source
                    edited.Insert(0, $"This article was originally published by {source}. {docs[random.Next(docs.Count)][0]}");
                    break;
                case 1: // the ending cut: between half and four fifths kept
                    edited = edited.Take(Math.Max(2, (int)Math.Ceiling(edited.Count * (0.5 + random.NextDouble() * 0.3)))).ToList();
                    break;
                case 2: // ads and read-more lines between paragraphs
                    for (var i = edited.Count - 1; i > 0; i -= 2)
                    {
                        edited.Insert(i, random.Next(3) switch
                        {
                            0 => "ADVERTISEMENT",
                            1 => "Read more: " + Headline(docs[random.Next(docs.Count)]),
                            _ => "Subscribe to our newsletter for the day's top stories.",
                        });
                    }
                    break;
                case 3: // a few words changed
                    edited = edited.Select(p => random.Next(4) == 0 ? ChangeWords(p, random) : p).ToList();
                    break;
                case 4: // a closing line of the reposting site
                    edited.Add("Follow us on social media. Comments are closed.");
                    break;
                case 5: // only the lead kept: a third to a half
                    edited = edited.Take(Math.Max(2, (int)Math.Ceiling(edited.Count * (0.33 + random.NextDouble() * 0.17)))).ToList();
                    break;
                default: // rewritten here and there: words changed in half the paragraphs
                    edited = edited.Select(p => random.Next(2) == 0 ? ChangeWords(ChangeWords(p, random), random) : p).ToList();
                    break;
            }
        }
        return edited;
    }

    private static string ChangeWords(string paragraph, Random random)
    {
        var words = paragraph.Split(' ');
        for (var k = 0; k < 3; k++)
        {
            var i = random.Next(words.Length);
            words[i] = words[i].Length > 3 ? words[i].ToUpperInvariant()[..1] + words[i][1..] + "s" : words[i];
        }
        return string.Join(' ', words);
    }

    private static string Headline(List<string> paragraphs) => string.Join(' ', paragraphs[0].Split(' ').Take(8));

    // GMB documents as paragraphs of two sentences, detokenised.
    private static List<List<string>> ReadGmb()
    {
        var path = Path.Combine(TestPaths.RepositoryRoot, "tests", "Search.Training", "corpora", "gmb.tsv.gz");
        using var reader = new StreamReader(new GZipStream(File.OpenRead(path), CompressionMode.Decompress));
        var docs = new List<List<string>>();
        var sentences = new List<string>();
        var words = new List<string>();
        void EndSentence()
        {
            if (words.Count > 0)
            {
                sentences.Add(Detokenize(words));
                words.Clear();
            }
        }
        void EndDoc()
        {
            EndSentence();
            if (sentences.Count >= 6)
            {
                docs.Add(sentences.Chunk(2).Select(c => string.Join(' ', c)).ToList());
            }
            sentences.Clear();
        }
        for (var line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            if (line.StartsWith("#doc", StringComparison.Ordinal))
            {
                EndDoc();
            }
            else if (line.Length == 0)
            {
                EndSentence();
            }
            else if (!line.StartsWith('#'))
            {
                words.Add(line.Split('\t')[0]);
            }
        }
        EndDoc();
        return docs;
    }

    private static string Detokenize(List<string> words)
    {
        var sb = new StringBuilder();
        foreach (var w in words)
        {
            var attach = w is "." or "," or ";" or ":" or "?" or "!" or ")" or "'s" or "n't" or "%" || (sb.Length > 0 && sb[^1] == '(');
            if (sb.Length > 0 && !attach)
            {
                sb.Append(' ');
            }
            sb.Append(w);
        }
        return sb.ToString();
    }
}
