namespace Search.Core.Model;

/// <summary>A country the body mentions: ISO 3166-1 alpha-2 code, English name, and how many times.</summary>
public sealed record CountryMention(string Code, string Name, int Mentions);
