using System.IO.Compression;
using System.Text;

namespace Search.Training;

/// <summary>An annotated sentence: words as the corpus tokenised them, one BIO tag each (PER, ORG, LOC or O).</summary>
public sealed record AnnotatedSentence(string[] Words, string[] Tags);

/// <summary>A document of annotated sentences: the unit the held-out split and the article-level scores work on.</summary>
public sealed record CorpusDocument(string Id, List<AnnotatedSentence> Sentences)
{
    /// <summary>
    /// Reads the corpus format this folder ships (<c>corpora/*.tsv.gz</c>): "#doc id" opens a document, "word TAB tag"
    /// lines make a sentence, a blank line ends it.
    /// </summary>
    public static List<CorpusDocument> Read(string path)
    {
        var docs = new List<CorpusDocument>();
        using var reader = new StreamReader(new GZipStream(File.OpenRead(path), CompressionMode.Decompress), Encoding.UTF8);
        var words = new List<string>();
        var tags = new List<string>();
        var lineNumber = 0;
        void EndSentence()
        {
            if (words.Count > 0)
            {
                if (docs.Count == 0)
                {
                    docs.Add(new CorpusDocument(Path.GetFileName(path), []));
                }
                docs[^1].Sentences.Add(new AnnotatedSentence([.. words], [.. tags]));
            }
            words.Clear();
            tags.Clear();
        }
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.StartsWith("#doc ", StringComparison.Ordinal))
            {
                EndSentence();
                docs.Add(new CorpusDocument(line[5..].Trim(), []));
            }
            else if (line.StartsWith("# ", StringComparison.Ordinal))
            {
                continue;
            }
            else if (line.Length == 0)
            {
                EndSentence();
            }
            else
            {
                var tab = line.IndexOf('\t');
                if (tab <= 0)
                {
                    throw new InvalidDataException($"{path}:{lineNumber}: expected 'word<TAB>tag'");
                }
                words.Add(line[..tab]);
                tags.Add(line[(tab + 1)..]);
            }
        }
        EndSentence();
        return docs;
    }

    public static void Write(string path, IEnumerable<CorpusDocument> docs, string header)
    {
        using var gzip = new GZipStream(File.Create(path), CompressionLevel.SmallestSize);
        using var writer = new StreamWriter(gzip, new UTF8Encoding(false)) { NewLine = "\n" };
        foreach (var line in header.Split('\n'))
        {
            writer.WriteLine("# " + line);
        }
        foreach (var doc in docs)
        {
            writer.WriteLine("#doc " + doc.Id);
            foreach (var s in doc.Sentences)
            {
                for (var i = 0; i < s.Words.Length; i++)
                {
                    writer.Write(s.Words[i]);
                    writer.Write('\t');
                    writer.WriteLine(s.Tags[i]);
                }
                writer.WriteLine();
            }
        }
    }
}
