using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;

namespace Search.Core.State;

/// <summary>
/// API keys: created and revoked by an operator (the indexer's <c>keys</c> command), shown once when created, stored
/// as a hash. A key is sent as <c>Authorization: Bearer nsk_…</c>; it owns the saved searches made with it.
/// </summary>
public sealed partial class ApiKeys(StateStore store)
{
    public const string Prefix = "nsk_";

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9 ._@-]{0,99}$")]
    private static partial Regex ValidName();

    /// <summary>Creates a key; the returned secret is the only time it is seen. Throws <see cref="ArgumentException"/> for a bad or taken name.</summary>
    public (ApiKey Key, string Secret) Create(string name, KeyRole role = KeyRole.Writer)
    {
        name = name.Trim();
        if (!ValidName().IsMatch(name))
        {
            throw new ArgumentException("a key's name is 1 to 100 letters, digits, spaces or . _ @ -, starting with a letter or digit", nameof(name));
        }
        var key = new ApiKey(Secrets.New(6), name, Now(), null, role);
        var secret = Prefix + Secrets.New(32);
        using var connection = store.Connect();
        using var command = connection.CreateCommand();
        command.CommandText = "INSERT INTO api_keys (id, name, hash, created, role) VALUES ($id, $name, $hash, $created, $role)";
        command.Parameters.AddWithValue("$role", RoleName(role));
        command.Parameters.AddWithValue("$id", key.Id);
        command.Parameters.AddWithValue("$name", key.Name);
        command.Parameters.AddWithValue("$hash", Secrets.Hash(secret));
        command.Parameters.AddWithValue("$created", Format(key.Created));
        try
        {
            command.ExecuteNonQuery();
        }
        catch (SqliteException e) when (e.SqliteErrorCode == 19)
        {
            throw new ArgumentException($"a key named '{name}' exists already", nameof(name));
        }
        return (key, secret);
    }

    public IReadOnlyList<ApiKey> List()
    {
        using var connection = store.Connect();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, name, created, revoked, role FROM api_keys ORDER BY created, name";
        return Read(command).ToList();
    }

    /// <summary>Revokes the key with this name or id; false when there is none, or it was revoked already.</summary>
    public bool Revoke(string nameOrId)
    {
        using var connection = store.Connect();
        using var command = connection.CreateCommand();
        command.CommandText = "UPDATE api_keys SET revoked = $now WHERE (name = $key OR id = $key) AND revoked IS NULL";
        command.Parameters.AddWithValue("$now", Format(Now()));
        command.Parameters.AddWithValue("$key", nameOrId.Trim());
        return command.ExecuteNonQuery() > 0;
    }

    /// <summary>The key a secret belongs to (revoked or not), or null for a secret no key has.</summary>
    public ApiKey? Find(string secret)
    {
        using var connection = store.Connect();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, name, created, revoked, role FROM api_keys WHERE hash = $hash";
        command.Parameters.AddWithValue("$hash", Secrets.Hash(secret.Trim()));
        return Read(command).FirstOrDefault();
    }

    private static IEnumerable<ApiKey> Read(SqliteCommand command)
    {
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            yield return new ApiKey(reader.GetString(0), reader.GetString(1), Parse(reader.GetString(2))!.Value, reader.IsDBNull(3) ? null : Parse(reader.GetString(3)),
                reader.GetString(4) == RoleName(KeyRole.Reader) ? KeyRole.Reader : KeyRole.Writer);
        }
    }

    /// <summary>A role's name as the database and the command line spell it: reader, writer.</summary>
    public static string RoleName(KeyRole role) => role == KeyRole.Reader ? "reader" : "writer";

    internal static DateTimeOffset Now() => DateTimeOffset.UtcNow;

    internal static string Format(DateTimeOffset time) => time.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);

    internal static DateTimeOffset? Parse(string? text) => text is null ? null : DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);
}
