namespace Search.Core.Model;

/// <summary>A country of the gazetteer: ISO 3166-1 alpha-2 code and English name.</summary>
public sealed record Country(string Code, string Name);
