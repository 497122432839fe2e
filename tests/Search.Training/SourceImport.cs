using System.Text;

namespace Search.Training;

/// <summary>
/// Turns the upstream annotated corpora into this folder's one format, with one tag set: PER, ORG, LOC (GMB's geo and
/// gpe, re3d's Location), everything else O. Titles are cut from the front of person spans ("President Bush" →
/// "Bush"), because the service's people are names without titles. Run once by <c>import</c>; its output is committed.
/// </summary>
public sealed class SourceImport(HashSet<string> titleWords)
{
    private const int GmbSentencesPerDocument = 20;

    /// <summary>
    /// GMB's CSV as distributed on Kaggle ("Sentence #,Word,POS,Tag"): sentences in corpus order, no document
    /// boundaries, so consecutive runs of 20 sentences make a document. A truncated last sentence is dropped.
    /// </summary>
    public List<CorpusDocument> Gmb(string path)
    {
        var sentences = new List<AnnotatedSentence>();
        var words = new List<string>();
        var tags = new List<string>();
        var lines = File.ReadAllLines(path);
        for (var n = 1; n < lines.Length; n++)
        {
            var cols = SplitCsv(lines[n].TrimEnd('\r'));
            if (cols.Count < 4)
            {
                continue;
            }
            if (cols[0].StartsWith("Sentence:", StringComparison.Ordinal) && words.Count > 0)
            {
                sentences.Add(Clean([.. words], [.. tags]));
                words.Clear();
                tags.Clear();
            }
            words.Add(cols[1]);
            tags.Add(MapGmb(cols[3]));
        }
        return sentences.Chunk(GmbSentencesPerDocument).Select((c, i) => new CorpusDocument($"gmb-{i + 1:D4}", [.. c])).ToList();
    }

    /// <summary>Universal NER's IOB2 files (CoNLL-U-like: "# sent_id", "# newdoc id", index TAB word TAB tag).</summary>
    public List<CorpusDocument> Uner(string path)
    {
        var docs = new List<CorpusDocument>();
        var words = new List<string>();
        var tags = new List<string>();
        foreach (var raw in File.ReadLines(path))
        {
            var line = raw.TrimEnd('\r');
            if (line.StartsWith("# newdoc id = ", StringComparison.Ordinal) || docs.Count == 0)
            {
                docs.Add(new CorpusDocument("uner-" + (line.StartsWith("# newdoc", StringComparison.Ordinal) ? line[14..] : "first"), []));
            }
            if (line.StartsWith('#'))
            {
                continue;
            }
            if (line.Length == 0)
            {
                if (words.Count > 0)
                {
                    docs[^1].Sentences.Add(Clean([.. words], [.. tags]));
                }
                words.Clear();
                tags.Clear();
                continue;
            }
            var cols = line.Split('\t');
            words.Add(cols[1]);
            tags.Add(cols[2] is var t && (t.EndsWith("-PER") || t.EndsWith("-ORG") || t.EndsWith("-LOC")) ? t : "O");
        }
        return docs.Where(d => d.Sentences.Count > 0).ToList();
    }

    /// <summary>re3d's per-source CoNLL files (word TAB tag, types Person / Organisation / Location and others).</summary>
    public CorpusDocument Re3d(string path, string source)
    {
        var doc = new CorpusDocument($"re3d-{source}-{Path.GetFileNameWithoutExtension(path)}", []);
        var words = new List<string>();
        var tags = new List<string>();
        foreach (var raw in File.ReadLines(path).Append(""))
        {
            var line = raw.TrimEnd('\r');
            var cols = line.Split('\t');
            if (line.Trim().Length == 0 || cols.Length < 2)
            {
                if (words.Count > 0)
                {
                    doc.Sentences.Add(Clean([.. words], [.. tags]));
                }
                words.Clear();
                tags.Clear();
                continue;
            }
            words.Add(cols[0]);
            tags.Add(cols[1] switch
            {
                "B-Person" => "B-PER", "I-Person" => "I-PER",
                "B-Organisation" => "B-ORG", "I-Organisation" => "I-ORG",
                "B-Location" => "B-LOC", "I-Location" => "I-LOC",
                _ => "O",
            });
        }
        return doc;
    }

    private bool IsTitle(string word) => titleWords.Contains(word.TrimEnd('.').ToLowerInvariant());

    private static string MapGmb(string tag) => tag switch
    {
        "B-per" => "B-PER", "I-per" => "I-PER",
        "B-org" => "B-ORG", "I-org" => "I-ORG",
        "B-geo" or "B-gpe" => "B-LOC", "I-geo" or "I-gpe" => "I-LOC",
        _ => "O",
    };

    /// <summary>Repairs I- tags that open a span and cuts leading titles from person spans.</summary>
    private AnnotatedSentence Clean(string[] words, string[] tags)
    {
        for (var i = 0; i < tags.Length; i++)
        {
            if (tags[i].StartsWith("I-", StringComparison.Ordinal) && (i == 0 || tags[i - 1] == "O" || tags[i - 1][2..] != tags[i][2..]))
            {
                tags[i] = "B-" + tags[i][2..];
            }
        }
        for (var i = 0; i < tags.Length; i++)
        {
            if (tags[i] != "B-PER")
            {
                continue;
            }
            var end = i + 1;
            while (end < tags.Length && tags[end] == "I-PER")
            {
                end++;
            }
            // Everything up to the last title word is the title ("U.N. Secretary General Kofi Annan" → "Kofi Annan");
            // a span of title words alone ("Mr.", "Prime") is no name at all.
            var cut = i - 1;
            if (Enumerable.Range(i, end - i).All(j => IsTitle(words[j])))
            {
                cut = end - 1;
            }
            else
            {
                for (var j = i; j < end - 1; j++)
                {
                    if (IsTitle(words[j]) && j - i <= 4)
                    {
                        cut = j;
                    }
                }
            }
            for (var j = i; j <= cut; j++)
            {
                tags[j] = "O";
            }
            if (cut + 1 < end && cut >= i)
            {
                tags[cut + 1] = "B-PER";
            }
            i = end - 1;
        }
        return new AnnotatedSentence(words, tags);
    }

    private static List<string> SplitCsv(string line)
    {
        var cols = new List<string>();
        var sb = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    sb.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    sb.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                cols.Add(sb.ToString());
                sb.Clear();
            }
            else
            {
                sb.Append(c);
            }
        }
        cols.Add(sb.ToString());
        return cols;
    }
}
