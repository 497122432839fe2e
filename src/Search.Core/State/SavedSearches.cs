using Microsoft.Data.Sqlite;

namespace Search.Core.State;

/// <summary>Saved searches in the state store, each owned by one API key.</summary>
public sealed class SavedSearches(StateStore store)
{
    public SavedSearch Create(string owner, string name, string query)
    {
        var search = new SavedSearch(Secrets.New(9), owner, name, query, Secrets.New(24), ApiKeys.Now());
        using var connection = store.Connect();
        using var command = connection.CreateCommand();
        command.CommandText = "INSERT INTO saved_searches (id, owner, name, query, feed_token, created) VALUES ($id, $owner, $name, $query, $token, $created)";
        command.Parameters.AddWithValue("$id", search.Id);
        command.Parameters.AddWithValue("$owner", owner);
        command.Parameters.AddWithValue("$name", name);
        command.Parameters.AddWithValue("$query", query);
        command.Parameters.AddWithValue("$token", search.FeedToken);
        command.Parameters.AddWithValue("$created", ApiKeys.Format(search.Created));
        command.ExecuteNonQuery();
        return search;
    }

    /// <summary>The saved searches of one key, oldest first.</summary>
    public IReadOnlyList<SavedSearch> List(string owner) =>
        Query("SELECT id, owner, name, query, feed_token, created FROM saved_searches WHERE owner = $value ORDER BY created, id", owner);

    public SavedSearch? Get(string id) =>
        Query("SELECT id, owner, name, query, feed_token, created FROM saved_searches WHERE id = $value", id).FirstOrDefault();

    public bool Delete(string id) => Change("DELETE FROM saved_searches WHERE id = $id", id) > 0;

    /// <summary>Gives the saved search a new feed token (the old one stops working) and returns it; null when there is no such search.</summary>
    public string? RotateToken(string id)
    {
        var token = Secrets.New(24);
        return Change("UPDATE saved_searches SET feed_token = $token WHERE id = $id", id, token) > 0 ? token : null;
    }

    private int Change(string sql, string id, string? token = null)
    {
        using var connection = store.Connect();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$id", id);
        if (token is not null)
        {
            command.Parameters.AddWithValue("$token", token);
        }
        return command.ExecuteNonQuery();
    }

    private List<SavedSearch> Query(string sql, string value)
    {
        using var connection = store.Connect();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$value", value);
        using var reader = command.ExecuteReader();
        var list = new List<SavedSearch>();
        while (reader.Read())
        {
            list.Add(new SavedSearch(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4),
                ApiKeys.Parse(reader.GetString(5))!.Value));
        }
        return list;
    }
}
