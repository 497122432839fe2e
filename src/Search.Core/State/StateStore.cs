using Microsoft.Data.Sqlite;

namespace Search.Core.State;

/// <summary>
/// The one SQLite file where the service remembers things (API keys, saved searches, the audit log). Write-ahead log, full sync (an
/// acknowledged write survives a killed process), a schema version in <c>PRAGMA user_version</c> with numbered
/// migrations; a file that is damaged or of a newer version is refused with <see cref="StateUnusableException"/>.
/// Thread-safe: every operation opens its own (pooled) connection.
/// </summary>
public sealed class StateStore
{
    /// <summary>Migrations in order: migration N takes the schema from version N to N + 1.</summary>
    private static readonly string[] Migrations =
    [
        """
        CREATE TABLE api_keys (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            hash TEXT NOT NULL UNIQUE,
            created TEXT NOT NULL,
            revoked TEXT);
        CREATE TABLE saved_searches (
            id TEXT PRIMARY KEY,
            owner TEXT NOT NULL REFERENCES api_keys(id),
            name TEXT NOT NULL,
            query TEXT NOT NULL,
            feed_token TEXT NOT NULL UNIQUE,
            created TEXT NOT NULL);
        CREATE INDEX saved_searches_owner ON saved_searches(owner, created);
        """,
        """
        ALTER TABLE api_keys ADD COLUMN role TEXT NOT NULL DEFAULT 'writer';
        CREATE TABLE audit_log (
            id INTEGER PRIMARY KEY,
            time TEXT NOT NULL,
            key_id TEXT,
            key_name TEXT,
            address TEXT NOT NULL,
            method TEXT NOT NULL,
            path TEXT NOT NULL,
            query TEXT NOT NULL,
            status INTEGER NOT NULL);
        CREATE INDEX audit_log_time ON audit_log(time);
        """,
    ];

    /// <summary>The schema version this program reads and writes.</summary>
    public static int SchemaVersion => Migrations.Length;

    private readonly string _connectionString;

    private StateStore(string path)
    {
        Path = path;
        _connectionString = new SqliteConnectionStringBuilder { DataSource = path, Pooling = true, DefaultTimeout = 30 }.ToString();
    }

    public string Path { get; }

    /// <summary>Opens (creating when missing) and migrates the database; refuses a damaged one or one of a newer version.</summary>
    public static StateStore Open(string path)
    {
        var folder = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path));
        if (folder is not null)
        {
            Directory.CreateDirectory(folder);
        }
        var store = new StateStore(path);
        try
        {
            using var connection = store.Connect();
            // The write-ahead log is a property of the file: set once here, not on every connection.
            Execute(connection, "PRAGMA journal_mode = WAL");
            if (Scalar<string>(connection, "PRAGMA quick_check") is not "ok")
            {
                throw new StateUnusableException(path, "the database is damaged (integrity check failed)");
            }
            var version = (int)Scalar<long>(connection, "PRAGMA user_version");
            if (version > SchemaVersion)
            {
                throw new StateUnusableException(path, $"the database was written by a newer version of this program (schema {version}; this one reads {SchemaVersion})");
            }
            for (var v = version; v < SchemaVersion; v++)
            {
                using var transaction = connection.BeginTransaction();
                Execute(connection, Migrations[v], transaction);
                Execute(connection, $"PRAGMA user_version = {v + 1}", transaction);
                transaction.Commit();
            }
        }
        catch (SqliteException e)
        {
            SqliteConnection.ClearAllPools();
            throw new StateUnusableException(path, $"the database cannot be read ({e.Message.Split('\n')[0].Trim()})");
        }
        return store;
    }

    /// <summary>
    /// Copies the database to <paramref name="target"/> with SQLite's online backup: a consistent copy while the
    /// service writes. Written under a temporary name and moved into place, so a killed backup leaves no half file.
    /// </summary>
    public void BackupTo(string target)
    {
        var full = System.IO.Path.GetFullPath(target);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        var partial = full + ".partial";
        File.Delete(partial);
        using (var source = Connect())
        using (var copy = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = partial, Pooling = false }.ToString()))
        {
            copy.Open();
            source.BackupDatabase(copy);
            Execute(copy, "PRAGMA journal_mode = DELETE");
        }
        File.Move(partial, full, overwrite: true);
    }

    /// <summary>SQLite's full integrity check: an empty list when the file is sound.</summary>
    public IReadOnlyList<string> IntegrityProblems()
    {
        using var connection = Connect();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA integrity_check";
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add(reader.GetString(0));
        }
        return rows is ["ok"] ? [] : rows;
    }

    /// <summary>An open connection with the store's per-connection settings: full sync, foreign keys.</summary>
    public SqliteConnection Connect()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        Execute(connection, "PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON;");
        return connection;
    }

    internal static void Execute(SqliteConnection connection, string sql, SqliteTransaction? transaction = null)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        command.ExecuteNonQuery();
    }

    private static T Scalar<T>(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (T)command.ExecuteScalar()!;
    }
}
