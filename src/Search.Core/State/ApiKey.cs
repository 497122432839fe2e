namespace Search.Core.State;

/// <summary>An API key as stored: never the key itself, only its hash; <see cref="Revoked"/> once revoked.</summary>
public sealed record ApiKey(string Id, string Name, DateTimeOffset Created, DateTimeOffset? Revoked, KeyRole Role = KeyRole.Writer);

/// <summary>What a key may do: a reader searches and reads; a writer also saves searches.</summary>
public enum KeyRole
{
    Reader,
    Writer,
}
