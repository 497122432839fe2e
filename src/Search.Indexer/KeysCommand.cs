using System.CommandLine;
using Search.Core.State;

namespace Search.Indexer;

/// <summary>
/// <c>keys create NAME | list | revoke NAME</c>: the API keys that writes to the service need (saved searches). A key is
/// shown once, when created; the database keeps only its hash.
/// </summary>
internal static class KeysCommand
{
    public const string DefaultState = "index-data/state.db";

    public static Command Create()
    {
        var state = new Option<string>("--state") { Description = "The service's database (Search:StatePath).", DefaultValueFactory = _ => DefaultState, Recursive = true };
        var name = new Argument<string>("name") { Description = "A name for the key: who or what uses it (1 to 100 letters, digits, spaces or . _ @ -)." };
        var role = new Option<string>("--role")
        {
            Description = "reader: searches and reads; writer: also saves searches.",
            DefaultValueFactory = _ => ApiKeys.RoleName(KeyRole.Writer),
        };
        role.AcceptOnlyFromAmong(ApiKeys.RoleName(KeyRole.Reader), ApiKeys.RoleName(KeyRole.Writer));
        var create = new Command("create", "Make a key and print it (it is not shown again).") { name, role };
        create.SetAction(result => WithKeys(result.GetValue(state)!, keys =>
        {
            var (key, secret) = keys.Create(result.GetValue(name)!, result.GetValue(role) == ApiKeys.RoleName(KeyRole.Reader) ? KeyRole.Reader : KeyRole.Writer);
            Console.WriteLine(secret);
            Console.Error.WriteLine($"{ApiKeys.RoleName(key.Role)} key '{key.Name}' ({key.Id}) created; send it as: Authorization: Bearer {secret}");
            return ExitCodes.Ok;
        }));
        var list = new Command("list", "List the keys (names, ids, when made and revoked; never the keys themselves).");
        list.SetAction(result => WithKeys(result.GetValue(state)!, keys =>
        {
            foreach (var key in keys.List())
            {
                Console.WriteLine($"{key.Id}\t{key.Name}\t{ApiKeys.RoleName(key.Role)}\tcreated {key.Created:yyyy-MM-dd HH:mm}\t{(key.Revoked is { } r ? $"revoked {r:yyyy-MM-dd HH:mm}" : "active")}");
            }
            return ExitCodes.Ok;
        }));
        var which = new Argument<string>("name") { Description = "The key's name or id." };
        var revoke = new Command("revoke", "Revoke a key: requests with it are refused (401) from then on.") { which };
        revoke.SetAction(result => WithKeys(result.GetValue(state)!, keys =>
        {
            if (keys.Revoke(result.GetValue(which)!))
            {
                Console.WriteLine($"revoked: {result.GetValue(which)}");
                return ExitCodes.Ok;
            }
            Console.Error.WriteLine($"no active key named '{result.GetValue(which)}'");
            return ExitCodes.Failed;
        }));
        return new Command("keys", "Manage the API keys: a private archive needs one for every read, saved searches a writer's.")
        {
            state, create, list, revoke, Audit(state),
        };
    }

    private static Command Audit(Option<string> state)
    {
        var since = new Option<DateTimeOffset?>("--since") { Description = "Only requests from this time on (2026-12-01, or 2026-12-01T09:00Z)." };
        var key = new Option<string?>("--key") { Description = "Only requests made with this key (name or id)." };
        var limit = new Option<int>("--limit") { Description = "At most this many lines, newest first.", DefaultValueFactory = _ => 100 };
        var audit = new Command("audit", "Print the audit log, newest first: time, key, address, status, method and address asked for.") { since, key, limit };
        audit.SetAction(result =>
        {
            var path = result.GetValue(state)!;
            try
            {
                foreach (var e in new AuditLog(StateStore.Open(path)).Read(result.GetValue(since), result.GetValue(key), result.GetValue(limit)))
                {
                    Console.WriteLine($"{e.Time:yyyy-MM-ddTHH:mm:ss.fffZ}\t{e.KeyName ?? "-"}\t{e.Address}\t{e.Status}\t{e.Method} {e.Path}{e.Query}");
                }
                return ExitCodes.Ok;
            }
            catch (StateUnusableException e)
            {
                Console.Error.WriteLine($"{path}: {e.Message}");
                return ExitCodes.Failed;
            }
        });
        return audit;
    }

    private static int WithKeys(string path, Func<ApiKeys, int> work)
    {
        try
        {
            return work(new ApiKeys(StateStore.Open(path)));
        }
        catch (Exception e) when (e is StateUnusableException or ArgumentException)
        {
            Console.Error.WriteLine($"{path}: {e.Message}");
            return ExitCodes.Failed;
        }
    }
}
