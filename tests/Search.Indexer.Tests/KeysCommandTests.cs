using Search.Core.State;

namespace Search.Indexer.Tests;

/// <summary>The keys command as an operator runs it: create prints the key once, list never shows keys, revoke ends one.</summary>
public class KeysCommandTests
{
    [Fact]
    public void CreateListRevoke_ManageKeysThatTheServiceAccepts()
    {
        var state = Path.Combine(IndexerProcess.NewFolder(), "state.db");
        var (created, secret, _) = IndexerProcess.Run("keys", "create", "newsroom desk", "--state", state);
        Assert.Equal(0, created);
        secret = secret.Trim();
        Assert.StartsWith(ApiKeys.Prefix, secret);

        var (listed, list, _) = IndexerProcess.Run("keys", "list", "--state", state);
        Assert.Equal(0, listed);
        Assert.Contains("newsroom desk", list);
        Assert.Contains("active", list);
        Assert.DoesNotContain(secret, list);

        var keys = new ApiKeys(StateStore.Open(state));
        Assert.Null(keys.Find(secret)!.Revoked);
        var (duplicate, _, duplicateError) = IndexerProcess.Run("keys", "create", "newsroom desk", "--state", state);
        Assert.Equal(2, duplicate);
        Assert.Contains("exists already", duplicateError);

        Assert.Equal(0, IndexerProcess.Run("keys", "revoke", "newsroom desk", "--state", state).ExitCode);
        Assert.NotNull(keys.Find(secret)!.Revoked);
        var (again, _, error) = IndexerProcess.Run("keys", "revoke", "newsroom desk", "--state", state);
        Assert.Equal(2, again);
        Assert.Contains("no active key", error);
    }

    [Fact]
    public void AReaderKey_IsMadeWithItsRole_AndTheAuditLogPrintsNewestFirst()
    {
        var state = Path.Combine(IndexerProcess.NewFolder(), "state.db");
        var (created, secret, said) = IndexerProcess.Run("keys", "create", "night desk", "--role", "reader", "--state", state);
        Assert.Equal(0, created);
        Assert.Contains("reader key", said);
        var keys = new ApiKeys(StateStore.Open(state));
        Assert.Equal(KeyRole.Reader, keys.Find(secret.Trim())!.Role);
        Assert.Contains("\treader\t", IndexerProcess.Run("keys", "list", "--state", state).Out);
        Assert.NotEqual(0, IndexerProcess.Run("keys", "create", "other", "--role", "admin", "--state", state).ExitCode);

        var key = keys.Find(secret.Trim())!;
        var start = new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);
        new AuditLog(StateStore.Open(state)).Record([
            new AuditEntry(start, key.Id, key.Name, "10.0.0.7", "GET", "/api/search", "?q=first", 200),
            new AuditEntry(start.AddHours(1), key.Id, key.Name, "10.0.0.7", "GET", "/api/export", "?q=second", 200),
            new AuditEntry(start.AddHours(2), null, null, "10.0.0.8", "GET", "/api/search", "?q=third", 401),
        ]);
        var (listed, audit, _) = IndexerProcess.Run("keys", "audit", "--state", state);
        Assert.Equal(0, listed);
        var lines = audit.Trim().Split('\n');
        Assert.Equal(3, lines.Length);
        Assert.StartsWith("2026-03-01T11:00:00.000Z\t-\t10.0.0.8\t401\tGET /api/search?q=third", lines[0]);
        Assert.Contains("night desk\t10.0.0.7\t200\tGET /api/export?q=second", lines[1]);
        var byKey = IndexerProcess.Run("keys", "audit", "--key", "night desk", "--since", "2026-03-01T09:30Z", "--state", state).Out.Trim().Split('\n');
        Assert.Equal(["?q=second"], byKey.Select(l => l[l.IndexOf('?')..]));
    }
}
