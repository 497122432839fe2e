using Microsoft.Data.Sqlite;

namespace Search.Core.State;

/// <summary>
/// Who read what and when, for newsrooms under legal hold: one row per request, with the key's id and name (none in a
/// public archive's anonymous reads), the client's address, the method, path and query string, and the answer's
/// status. Written in batches (<see cref="Record"/>), read newest first by <c>keys audit</c>, pruned past a retention.
/// </summary>
public sealed class AuditLog(StateStore store)
{
    /// <summary>Writes a batch of entries in one transaction (one disk sync for all of them).</summary>
    public void Record(IReadOnlyCollection<AuditEntry> entries)
    {
        if (entries.Count == 0)
        {
            return;
        }
        using var connection = store.Connect();
        using var transaction = connection.BeginTransaction();
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "INSERT INTO audit_log (time, key_id, key_name, address, method, path, query, status) VALUES ($time, $keyId, $keyName, $address, $method, $path, $query, $status)";
        var parameters = new[] { "$time", "$keyId", "$keyName", "$address", "$method", "$path", "$query", "$status" }
            .Select(name => command.Parameters.Add(new SqliteParameter { ParameterName = name })).ToArray();
        foreach (var e in entries)
        {
            object?[] values = [ApiKeys.Format(e.Time), e.KeyId, e.KeyName, e.Address, e.Method, e.Path, e.Query, e.Status];
            for (var i = 0; i < values.Length; i++)
            {
                parameters[i].Value = values[i] ?? DBNull.Value;
            }
            command.ExecuteNonQuery();
        }
        transaction.Commit();
    }

    /// <summary>Entries newest first, at most <paramref name="limit"/>, since a time and for one key (name or id) when given.</summary>
    public IReadOnlyList<AuditEntry> Read(DateTimeOffset? since = null, string? key = null, int limit = 100)
    {
        using var connection = store.Connect();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT time, key_id, key_name, address, method, path, query, status FROM audit_log " +
                              "WHERE ($since IS NULL OR time >= $since) AND ($key IS NULL OR key_id = $key OR key_name = $key) ORDER BY time DESC, id DESC LIMIT $limit";
        command.Parameters.AddWithValue("$since", since is { } s ? ApiKeys.Format(s) : DBNull.Value);
        command.Parameters.AddWithValue("$key", (object?)key?.Trim() ?? DBNull.Value);
        command.Parameters.AddWithValue("$limit", Math.Max(1, limit));
        using var reader = command.ExecuteReader();
        var entries = new List<AuditEntry>();
        while (reader.Read())
        {
            entries.Add(new AuditEntry(ApiKeys.Parse(reader.GetString(0))!.Value, reader.IsDBNull(1) ? null : reader.GetString(1),
                reader.IsDBNull(2) ? null : reader.GetString(2), reader.GetString(3), reader.GetString(4), reader.GetString(5), reader.GetString(6), reader.GetInt32(7)));
        }
        return entries;
    }

    /// <summary>Removes entries older than <paramref name="before"/>; returns how many.</summary>
    public int Prune(DateTimeOffset before)
    {
        using var connection = store.Connect();
        using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM audit_log WHERE time < $before";
        command.Parameters.AddWithValue("$before", ApiKeys.Format(before));
        return command.ExecuteNonQuery();
    }
}

/// <summary>One request in the audit log.</summary>
public sealed record AuditEntry(DateTimeOffset Time, string? KeyId, string? KeyName, string Address, string Method, string Path, string Query, int Status);
