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
}
