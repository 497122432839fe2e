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
        var create = new Command("create", "Make a key and print it (it is not shown again).") { name };
        create.SetAction(result => WithKeys(result.GetValue(state)!, keys =>
        {
            var (key, secret) = keys.Create(result.GetValue(name)!);
            Console.WriteLine(secret);
            Console.Error.WriteLine($"key '{key.Name}' ({key.Id}) created; send it as: Authorization: Bearer {secret}");
            return ExitCodes.Ok;
        }));
        var list = new Command("list", "List the keys (names, ids, when made and revoked; never the keys themselves).");
        list.SetAction(result => WithKeys(result.GetValue(state)!, keys =>
        {
            foreach (var key in keys.List())
            {
                Console.WriteLine($"{key.Id}\t{key.Name}\tcreated {key.Created:yyyy-MM-dd HH:mm}\t{(key.Revoked is { } r ? $"revoked {r:yyyy-MM-dd HH:mm}" : "active")}");
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
        return new Command("keys", "Manage the API keys that saved searches need.") { state, create, list, revoke };
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
