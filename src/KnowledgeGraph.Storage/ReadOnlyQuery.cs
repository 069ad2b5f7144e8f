using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace KnowledgeGraph.Storage;

/// <summary>
/// Runs one statement a user typed against a read-only connection, after SQLite itself has judged that it cannot
/// change anything: the statement is prepared (not run) with an authorizer watching, and refused when SQLite says it
/// writes (<c>sqlite3_stmt_readonly</c>), when it attaches or detaches a database, when it is a PRAGMA that sets or does
/// something, or when the text holds a second statement. The connection is opened read-only and gets
/// <c>PRAGMA query_only</c> as well, so a statement this check misjudged still cannot write.
/// </summary>
internal static class ReadOnlyQuery
{
    /// <summary>PRAGMAs that take an argument and only report: the argument names what to report on.</summary>
    private static readonly HashSet<string> ReportingPragmasWithArgument = new(StringComparer.OrdinalIgnoreCase)
    {
        "foreign_key_check", "foreign_key_list", "index_info", "index_list", "index_xinfo", "integrity_check",
        "quick_check", "table_info", "table_list", "table_xinfo",
    };

    /// <summary>PRAGMAs that act even without an argument: they checkpoint, vacuum or analyze the file or free memory.</summary>
    private static readonly HashSet<string> ActingPragmas = new(StringComparer.OrdinalIgnoreCase)
    {
        "incremental_vacuum", "optimize", "shrink_memory", "wal_checkpoint",
    };

    public static SqliteDataReader Execute(SqliteConnection connection, string sql)
    {
        using (var guard = connection.CreateCommand())
        {
            guard.CommandText = "PRAGMA query_only = ON;";
            guard.ExecuteNonQuery();
        }

        var handle = connection.Handle!;
        string? refusal = null;
        var reportingPragma = false;
        raw.sqlite3_set_authorizer(handle, (_, action, name, argument, _, _) =>
        {
            refusal ??= Refusal(action, name, argument);
            reportingPragma |= action == raw.SQLITE_PRAGMA && refusal is null;
            return refusal is null ? raw.SQLITE_OK : raw.SQLITE_DENY;
        }, null);

        Check(handle, sql, ref refusal, ref reportingPragma);
        var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteReader();
    }

    private static void Check(sqlite3 handle, string sql, ref string? refusal, ref bool reportingPragma)
    {
        var rc = raw.sqlite3_prepare_v2(handle, sql, out var statement, out var tail);
        using (statement)
        {
            if (refusal is not null)
            {
                throw new QueryRefusedException(refusal);
            }

            if (rc != raw.SQLITE_OK)
            {
                throw new SqliteException(raw.sqlite3_errmsg(handle).utf8_to_string(), rc, raw.sqlite3_extended_errcode(handle));
            }

            if (statement is null || statement.IsInvalid)
            {
                throw new QueryRefusedException("there is no SQL statement to run (the text is empty or only comments).");
            }

            // SQLite calls every PRAGMA that could set something "not read-only", "PRAGMA journal_mode" too; the
            // authorizer has already refused those given a value or acting, so one it let through only reports.
            if (raw.sqlite3_stmt_readonly(statement) == 0 && !reportingPragma)
            {
                throw new QueryRefusedException("the statement would change the database; kg query only reads. Nothing was run.");
            }
        }

        // What follows the first statement must be nothing but blanks, semicolons and comments: SQLite prepares it to
        // no statement at all. Anything else is a second statement, which is refused rather than silently dropped.
        if (!string.IsNullOrWhiteSpace(tail))
        {
            var next = raw.sqlite3_prepare_v2(handle, tail, out var second, out _);
            using (second)
            {
                if (next != raw.SQLITE_OK || second is { IsInvalid: false })
                {
                    throw new QueryRefusedException("the SQL holds more than one statement; kg query runs exactly one. Nothing was run.");
                }
            }
        }
    }

    private static string? Refusal(int action, string? name, string? argument) => action switch
    {
        raw.SQLITE_ATTACH or raw.SQLITE_DETACH =>
            "ATTACH and DETACH are refused: kg query reads only the database given with --db. Nothing was run.",
        raw.SQLITE_PRAGMA when argument is not null && !ReportingPragmasWithArgument.Contains(name ?? "") =>
            $"PRAGMA {name} with a value changes a setting or the database; kg query only reads. Nothing was run.",
        raw.SQLITE_PRAGMA when ActingPragmas.Contains(name ?? "") =>
            $"PRAGMA {name} acts on the database; kg query only reads. Nothing was run.",
        _ => null,
    };
}

/// <summary>A statement given to <see cref="KnowledgeGraphStore.Query"/> could change the database, or is not one statement.</summary>
public sealed class QueryRefusedException(string message) : Exception(message);
