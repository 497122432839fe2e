using Microsoft.Data.Sqlite;
using Search.Core.State;

namespace Search.Core.Tests.State;

public class StateStoreTests
{
    private static string NewPath() => Path.Combine(TestPaths.NewTempFolder(), "state.db");

    [Fact]
    public void ANewDatabase_IsMigratedToTheCurrentSchema_AndOpensAgain()
    {
        var path = NewPath();
        StateStore.Open(path);
        var store = StateStore.Open(path);
        using var connection = store.Connect();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA user_version";
        Assert.Equal((long)StateStore.SchemaVersion, (long)command.ExecuteScalar()!);
        command.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", command.ExecuteScalar());
    }

    [Fact]
    public void ADatabaseOfANewerVersion_IsRefusedWithWhatToDo()
    {
        var path = NewPath();
        using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = $"PRAGMA user_version = {StateStore.SchemaVersion + 1}";
            command.ExecuteNonQuery();
        }
        var e = Assert.Throws<StateUnusableException>(() => StateStore.Open(path));
        Assert.Contains("newer version", e.Message);
        Assert.Contains("backup", e.Message);
    }

    [Fact]
    public void ADamagedDatabase_IsRefused()
    {
        var path = NewPath();
        File.WriteAllBytes(path, [.. "SQLite format 3\0"u8, .. Enumerable.Repeat((byte)0x5A, 8192)]);
        Assert.Throws<StateUnusableException>(() => StateStore.Open(path));
    }

    [Fact]
    public void Keys_AreStoredHashed_FoundBySecret_AndRevoked()
    {
        var path = NewPath();
        var keys = new ApiKeys(StateStore.Open(path));
        var (key, secret) = keys.Create("desk");
        Assert.StartsWith(ApiKeys.Prefix, secret);
        Assert.Equal(key.Id, keys.Find(secret)!.Id);
        Assert.Null(keys.Find(secret + "x"));
        Assert.Throws<ArgumentException>(() => keys.Create("desk"));
        Assert.Throws<ArgumentException>(() => keys.Create("bad/name"));
        SqliteConnection.ClearAllPools();
        Assert.DoesNotContain(secret, File.ReadAllText(path, System.Text.Encoding.Latin1) + (File.Exists(path + "-wal") ? File.ReadAllText(path + "-wal", System.Text.Encoding.Latin1) : ""));
        Assert.True(keys.Revoke("desk"));
        Assert.False(keys.Revoke("desk"));
        Assert.NotNull(keys.Find(secret)!.Revoked);
        Assert.Single(keys.List());
    }

    [Fact]
    public void SavedSearches_BelongToTheirKey_AndTheirTokenRotates()
    {
        var store = StateStore.Open(NewPath());
        var keys = new ApiKeys(store);
        var saved = new SavedSearches(store);
        var (a, _) = keys.Create("a");
        var (b, _) = keys.Create("b");
        var mine = saved.Create(a.Id, "Iran", "q=Iran");
        saved.Create(b.Id, "Syria", "q=Syria");
        Assert.Equal(["Iran"], saved.List(a.Id).Select(s => s.Name));
        var token = saved.RotateToken(mine.Id);
        Assert.NotEqual(mine.FeedToken, token);
        Assert.Equal(token, saved.Get(mine.Id)!.FeedToken);
        Assert.True(saved.Delete(mine.Id));
        Assert.Null(saved.Get(mine.Id));
    }
}
