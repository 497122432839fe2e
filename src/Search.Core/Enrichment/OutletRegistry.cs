using System.Text.Json;
using Search.Core.Text;

namespace Search.Core.Enrichment;

/// <summary>One outlet or agency of the registry: canonical name, other names, web domains and cue phrases (taglines, copyright holders).</summary>
public sealed record OutletEntry(string Name, IReadOnlyList<string> Aliases, IReadOnlyList<string> Domains, IReadOnlyList<string> Cues);

/// <summary>A name of an outlet found in text: which outlet, where, and whether it was a cue phrase rather than a name.</summary>
public readonly record struct OutletMatch(OutletEntry Outlet, int Index, int Length, bool IsCue);

/// <summary>
/// The outlet registry from <c>Data/outlets.json</c> (extend it with more outlets: no code changes needed).
/// Names and aliases match as whole words, case-sensitively, with one compiled pattern for the whole registry.
/// </summary>
public sealed class OutletRegistry
{
    private readonly List<OutletEntry> _entries;
    private readonly Dictionary<string, (OutletEntry Entry, bool IsCue)> _byName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, OutletEntry> _byLowerName = new(StringComparer.OrdinalIgnoreCase);
    private readonly PhraseTrie<(OutletEntry Entry, bool IsCue)> _phrases = new(StringComparer.Ordinal);

    public OutletRegistry(IEnumerable<OutletEntry> entries)
    {
        _entries = entries.ToList();
        foreach (var e in _entries)
        {
            foreach (var name in e.Aliases.Prepend(e.Name))
            {
                _byName.TryAdd(name, (e, false));
                _byLowerName.TryAdd(name, e);
            }
            foreach (var cue in e.Cues)
            {
                _byName.TryAdd(cue, (e, true));
            }
        }
        foreach (var (name, value) in _byName)
        {
            _phrases.Add(PhraseTrie<bool>.Words(name), value);
        }
    }

    public static OutletRegistry Load(string path)
    {
        using var json = JsonDocument.Parse(File.ReadAllBytes(path), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        static IReadOnlyList<string> List(JsonElement e, string name) =>
            e.TryGetProperty(name, out var a) ? a.EnumerateArray().Select(x => x.GetString()!).ToList() : [];
        return new OutletRegistry(json.RootElement.GetProperty("outlets").EnumerateArray().Select(e =>
            new OutletEntry(e.GetProperty("name").GetString()!, List(e, "aliases"), List(e, "domains"), List(e, "cues"))));
    }

    /// <summary>Every outlet name, alias or cue phrase in the text, in order (whole words, case-sensitive, longest first).</summary>
    public IEnumerable<OutletMatch> FindIn(string text) => FindIn(WordTokenizer.Tokenize(text));

    /// <summary>The same over words already tokenized; match positions are character offsets in their text.</summary>
    public IEnumerable<OutletMatch> FindIn(List<WordToken> tokens)
    {
        for (var i = 0; i < tokens.Count;)
        {
            var ((entry, isCue), length) = _phrases.LongestAt(tokens, i);
            if (length == 0)
            {
                i++;
                continue;
            }
            yield return new OutletMatch(entry, tokens[i].Start, tokens[i + length - 1].End - tokens[i].Start, isCue);
            i += length;
        }
    }

    /// <summary>The outlet with this name or alias (any case, "The" optional).</summary>
    public OutletEntry? FindByName(string name)
    {
        name = name.Trim();
        if (_byLowerName.TryGetValue(name, out var e))
        {
            return e;
        }
        return name.StartsWith("The ", StringComparison.OrdinalIgnoreCase) && _byLowerName.TryGetValue(name[4..], out e) ? e : null;
    }

    /// <summary>The outlet whose domain is this host or a parent of it ("edition.cnn.com" → CNN).</summary>
    public OutletEntry? FindByHost(string host)
    {
        host = host.ToLowerInvariant();
        while (host.Length > 0)
        {
            var entry = _entries.FirstOrDefault(e => e.Domains.Contains(host, StringComparer.Ordinal));
            if (entry is not null)
            {
                return entry;
            }
            var dot = host.IndexOf('.');
            if (dot < 0)
            {
                break;
            }
            host = host[(dot + 1)..];
        }
        return null;
    }
}
