namespace Search.Core.Model;

/// <summary>A person the body names, under one canonical full name, and how many times.</summary>
public sealed record PersonMention(string Name, int Mentions);
