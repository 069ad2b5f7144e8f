using System.Reflection;
using Dapper;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage;

/// <summary>
/// Brings a database file up to <see cref="CurrentVersion"/>, keyed by <c>PRAGMA user_version</c>. A new file gets
/// schema.sql, which is always the whole current schema; a file of an older version gets the step scripts in
/// Migrations/ one version at a time. Each step runs in its own transaction together with the version bump, so a file
/// is never left half-migrated.
/// </summary>
internal static class SchemaMigrations
{
    /// <summary>The schema version this code writes and understands.</summary>
    public const int CurrentVersion = 3;

    /// <summary>Applies the missing steps. Call <see cref="EnsureReadable"/> first.</summary>
    /// <param name="connection">An open connection with its pragmas already set (journal mode cannot change inside a transaction).</param>
    public static void Apply(SqliteConnection connection)
    {
        while (ReadVersion(connection) is var version && version < CurrentVersion)
        {
            // BeginTransaction is BEGIN IMMEDIATE: a second process opening the same new file waits here and then
            // sees the version the first one wrote, instead of running the same step twice.
            using var transaction = connection.BeginTransaction();
            var current = ReadVersion(connection, transaction);
            if (current == version)
            {
                var (script, reached) = version == 0
                    ? (ReadResource("KnowledgeGraph.Storage.schema.sql"), CurrentVersion)
                    : (StepTo(version + 1), version + 1);
                connection.Execute(script, transaction: transaction);
                connection.Execute($"PRAGMA user_version = {reached}", transaction: transaction);
            }

            transaction.Commit();
        }
    }

    /// <summary>
    /// Throws <see cref="InvalidDataException"/> when the file is from a newer kg or is not a kg database. Runs before
    /// anything writes to the file, so that a refused file is left exactly as it was.
    /// </summary>
    /// <param name="connection">An open connection to the file.</param>
    /// <param name="displayName">How to name the file in error messages.</param>
    public static void EnsureReadable(SqliteConnection connection, string displayName)
    {
        var version = ReadVersion(connection);
        if (version > CurrentVersion)
        {
            throw new InvalidDataException(
                $"'{displayName}' has knowledge-graph schema version {version}, but this kg understands versions up to " +
                $"{CurrentVersion}. Use a newer kg to open it.");
        }

        if (version == 0 && connection.ExecuteScalar<long>("SELECT count(*) FROM sqlite_master") > 0)
        {
            // user_version 0 with tables in it: somebody else's SQLite database. Adding ours would mix the two.
            throw new InvalidDataException(
                $"'{displayName}' is a SQLite database that kg did not create (it has tables but no schema version). " +
                "Choose a new file name.");
        }
    }

    /// <summary>
    /// Throws <see cref="InvalidDataException"/> unless the file already has the current schema: a reader cannot migrate,
    /// and an empty file is not a knowledge graph yet.
    /// </summary>
    public static void EnsureCurrent(SqliteConnection connection, string displayName)
    {
        var version = ReadVersion(connection);
        if (version < CurrentVersion)
        {
            throw new InvalidDataException(
                version == 0
                    ? $"'{displayName}' is not a knowledge-graph database yet. Create it with 'kg ingest' or 'kg build'."
                    : $"'{displayName}' has the older schema version {version}. Open it once with 'kg ingest' to upgrade it.");
        }
    }

    private static int ReadVersion(SqliteConnection connection, SqliteTransaction? transaction = null) =>
        connection.ExecuteScalar<int>("PRAGMA user_version", transaction: transaction);

    /// <summary>The script that takes a file from <paramref name="version"/> - 1 to <paramref name="version"/>.</summary>
    private static string StepTo(int version) => version switch
    {
        2 => ReadResource("KnowledgeGraph.Storage.Migrations.002-shared-keys-and-kind-votes.sql"),
        3 => ReadResource("KnowledgeGraph.Storage.Migrations.003-versions-and-undated-articles.sql"),
        _ => throw new InvalidOperationException($"No migration to schema version {version}."),
    };

    private static string ReadResource(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded resource '{name}' is missing from the build.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
