namespace KnowledgeGraph.Storage;

/// <summary>
/// Loads the bundled native SQLite once per process. Microsoft.Data.Sqlite.Core does not pick a provider by itself;
/// the Lazy makes the one-time initialisation thread-safe without a lock of our own.
/// </summary>
internal static class SqliteRuntime
{
    private static readonly Lazy<bool> Initialized = new(() =>
    {
        SQLitePCL.Batteries_V2.Init();
        return true;
    });

    public static void EnsureInitialized() => _ = Initialized.Value;
}
