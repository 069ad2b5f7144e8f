using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage.Tests;

/// <summary>A plain connection to a database file, as a user's own tool would open it.</summary>
internal static class RawSqlite
{
    public static SqliteConnection Open(string path)
    {
        SqliteRuntime.EnsureInitialized();
        var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        return connection;
    }
}
