using System.Text.Json.Serialization;
using Search.Core.Model;

namespace Search.Core.Indexing;

/// <summary>An article's metadata as one JSON binary doc value: one read per hit, however many fields.</summary>
internal sealed record StoredMeta(
    string? Source, string? Url, string? Title, string? Outlet, string? Site, string? Published,
    IReadOnlyList<string> Authors, IReadOnlyList<CountryMention> Countries, IReadOnlyList<PersonMention> People, IReadOnlyList<string> Cites)
{
    public static StoredMeta From(Article a) => new(a.Source, a.Url, a.Title, a.Outlet, a.Site, a.Published?.ToString("yyyy-MM-dd"),
        a.Authors, a.Countries, a.People, a.Cites);

    /// <summary>Every list halved and every string cut to <paramref name="cap"/> characters: for metadata too big for one doc value.</summary>
    public StoredMeta Shrunk(int cap)
    {
        static string? Cut(string? s, int cap) => s is not null && s.Length > cap ? s[..cap] : s;
        static IReadOnlyList<T> Half<T>(IReadOnlyList<T> list) => list.Take(list.Count / 2).ToList();
        return new StoredMeta(Cut(Source, cap), Cut(Url, cap), Cut(Title, cap), Cut(Outlet, cap), Cut(Site, cap), Published,
            Half(Authors), Half(Countries), Half(People), Half(Cites));
    }

    public Article ToArticle(string id, string text) => new()
    {
        Id = id,
        Source = Source,
        Url = Url,
        Title = Title,
        Outlet = Outlet,
        Site = Site,
        Published = Published is null ? null : DateOnly.ParseExact(Published, "yyyy-MM-dd"),
        Authors = Authors,
        Countries = Countries,
        People = People,
        Cites = Cites,
        Text = text,
    };
}

[JsonSerializable(typeof(StoredMeta))]
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
internal sealed partial class StoredMetaContext : JsonSerializerContext;
