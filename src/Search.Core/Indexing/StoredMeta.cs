using System.Text.Json.Serialization;
using Search.Core.Model;

namespace Search.Core.Indexing;

/// <summary>An article's metadata as one stored JSON field: one stored-field read per hit, however many fields.</summary>
internal sealed record StoredMeta(
    string? Source, string? Url, string? Title, string? Outlet, string? Site, string? Published,
    IReadOnlyList<string> Authors, IReadOnlyList<CountryMention> Countries, IReadOnlyList<PersonMention> People, IReadOnlyList<string> Cites)
{
    public static StoredMeta From(Article a) => new(a.Source, a.Url, a.Title, a.Outlet, a.Site, a.Published?.ToString("yyyy-MM-dd"),
        a.Authors, a.Countries, a.People, a.Cites);

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
