using Microsoft.Data.Sqlite;
using Search.Core.State;

namespace Search.Core.Tests.State;

public class StateBackupAndAuditTests
{
    private static string NewPath() => Path.Combine(TestPaths.NewTempFolder(), "state.db");

    [Fact]
    public async Task AStateBackupTakenWhileKeysAreWritten_OpensWithEveryKeyWrittenBeforeIt_AndChecksClean()
    {
        var store = StateStore.Open(NewPath());
        var keys = new ApiKeys(store);
        for (var i = 0; i < 50; i++)
        {
            keys.Create($"before-{i}");
        }
        using var stop = new CancellationTokenSource();
        var writing = Task.Run(() =>
        {
            for (var i = 0; !stop.IsCancellationRequested; i++)
            {
                keys.Create($"during-{i}");
            }
        });
        var target = Path.Combine(TestPaths.NewTempFolder(), "backup", "state.db");
        store.BackupTo(target);
        await stop.CancelAsync();
        await writing;

        Assert.False(File.Exists(target + ".partial"));
        var copy = StateStore.Open(target);
        Assert.Empty(copy.IntegrityProblems());
        var names = new ApiKeys(copy).List().Select(k => k.Name).ToHashSet();
        Assert.All(Enumerable.Range(0, 50), i => Assert.Contains($"before-{i}", names));
    }

    [Fact]
    public void ADatabaseOfTheFirstSchema_GetsRolesAndAnAuditLog_ItsKeysStayingWriters()
    {
        var path = NewPath();
        using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = """
                CREATE TABLE api_keys (id TEXT PRIMARY KEY, name TEXT NOT NULL UNIQUE, hash TEXT NOT NULL UNIQUE, created TEXT NOT NULL, revoked TEXT);
                CREATE TABLE saved_searches (id TEXT PRIMARY KEY, owner TEXT NOT NULL REFERENCES api_keys(id), name TEXT NOT NULL, query TEXT NOT NULL,
                    feed_token TEXT NOT NULL UNIQUE, created TEXT NOT NULL);
                INSERT INTO api_keys VALUES ('k1', 'old key', 'hash', '2026-01-01T00:00:00.0000000+00:00', NULL);
                PRAGMA user_version = 1;
                """;
            command.ExecuteNonQuery();
        }
        var keys = new ApiKeys(StateStore.Open(path));
        Assert.Equal(KeyRole.Writer, Assert.Single(keys.List()).Role);
        var (reader, secret) = keys.Create("reader", KeyRole.Reader);
        Assert.Equal(KeyRole.Reader, keys.Find(secret)!.Role);
        Assert.Equal(reader.Id, keys.Find(secret)!.Id);
    }

    [Fact]
    public void TheAuditLog_ReadsNewestFirst_ByKeyAndTime_AndPrunesPastItsRetention()
    {
        var log = new AuditLog(StateStore.Open(NewPath()));
        var start = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        log.Record(Enumerable.Range(0, 10).Select(i => new AuditEntry(start.AddDays(i), i % 2 == 0 ? "k1" : null, i % 2 == 0 ? "desk" : null,
            "127.0.0.1", "GET", "/api/search", $"?q=query{i}", 200)).ToList());

        var all = log.Read(limit: 100);
        Assert.Equal(Enumerable.Range(0, 10).Reverse().Select(i => $"?q=query{i}"), all.Select(e => e.Query));
        Assert.Equal([8, 6, 4, 2, 0], log.Read(key: "desk").Select(e => int.Parse(e.Query[^1..])));
        Assert.Equal([8, 6, 4, 2, 0], log.Read(key: "k1").Select(e => int.Parse(e.Query[^1..])));
        Assert.Equal(3, log.Read(since: start.AddDays(7)).Count);
        Assert.Equal(2, log.Read(limit: 2).Count);

        Assert.Equal(4, log.Prune(start.AddDays(4)));
        Assert.Equal(start.AddDays(4), log.Read(limit: 100)[^1].Time);
    }
}
