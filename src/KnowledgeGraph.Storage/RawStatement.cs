using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace KnowledgeGraph.Storage;

/// <summary>
/// A prepared statement run through SQLite's own interface. Ingest runs a couple of hundred small statements per
/// article; Microsoft.Data.Sqlite looks every parameter up by name on every run and wraps each run in a data reader,
/// which cost about as much as SQLite's own work. Here the names are looked up once, when the statement is prepared.
/// It runs on the connection's handle, so it takes part in whatever transaction the connection has open, and runs
/// outside one as well (Microsoft.Data.Sqlite refuses a command prepared outside the transaction the connection has open).
/// Dispose it before the connection closes.
/// </summary>
internal sealed class RawStatement : IDisposable
{
    private readonly sqlite3 _database;
    private readonly sqlite3_stmt _statement;

    // SQLite's index of each parameter, in the order Bind takes their values.
    private readonly int[] _indexes;

    /// <param name="connection">An open connection.</param>
    /// <param name="sql">One statement.</param>
    /// <param name="parameters">Every parameter the statement names ("@id"), in the order <see cref="Bind"/> will take their values.</param>
    public RawStatement(SqliteConnection connection, string sql, params string[] parameters)
    {
        _database = connection.Handle ?? throw new InvalidOperationException("The connection is not open.");
        ThrowIfFailed(raw.sqlite3_prepare_v2(_database, sql, out _statement));
        try
        {
            _indexes = parameters.Select(name => raw.sqlite3_bind_parameter_index(_statement, name) is var index and > 0
                ? index
                : throw new ArgumentException($"The statement has no parameter {name}: {sql}", nameof(parameters))).ToArray();
            if (raw.sqlite3_bind_parameter_count(_statement) != _indexes.Distinct().Count())
            {
                throw new ArgumentException($"The statement has parameters the list leaves out: {sql}", nameof(parameters));
            }
        }
        catch
        {
            // Finalized now, not by the garbage collector after the connection has closed.
            _statement.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Binds the values to the parameters, in the order they were listed: integers, floating-point numbers, strings,
    /// booleans (as 0 and 1) or null. Anything else (an enum, a date) is refused rather than guessed at; the caller
    /// says how it is stored.
    /// </summary>
    public RawStatement Bind(params ReadOnlySpan<object?> values)
    {
        if (values.Length != _indexes.Length)
        {
            throw new ArgumentException($"The statement takes {_indexes.Length} values, not {values.Length}.", nameof(values));
        }

        for (var i = 0; i < values.Length; i++)
        {
            var index = _indexes[i];
            ThrowIfFailed(values[i] switch
            {
                null => raw.sqlite3_bind_null(_statement, index),
                long number => raw.sqlite3_bind_int64(_statement, index, number),
                bool flag => raw.sqlite3_bind_int(_statement, index, flag ? 1 : 0),
                int number => raw.sqlite3_bind_int64(_statement, index, number),
                double number => raw.sqlite3_bind_double(_statement, index, number),
                string text => raw.sqlite3_bind_text(_statement, index, text),
                var other => throw new ArgumentException($"Cannot bind a {other.GetType().Name}.", nameof(values)),
            });
        }

        return this;
    }

    /// <summary>Runs a statement that returns no row; returns how many rows it changed.</summary>
    public int Execute()
    {
        try
        {
            var result = raw.sqlite3_step(_statement);
            if (result == raw.SQLITE_ROW)
            {
                throw new InvalidOperationException("The statement returned a row; use ExecuteScalar.");
            }

            ThrowIfFailed(result, raw.SQLITE_DONE);
            return raw.sqlite3_changes(_database);
        }
        finally
        {
            raw.sqlite3_reset(_statement);
        }
    }

    /// <summary>Runs the statement and returns the first column of its first row as an integer; null when it returns no row or NULL.</summary>
    public long? ExecuteScalar()
    {
        try
        {
            var result = raw.sqlite3_step(_statement);
            if (result == raw.SQLITE_DONE)
            {
                return null;
            }

            ThrowIfFailed(result, raw.SQLITE_ROW);
            var value = raw.sqlite3_column_type(_statement, 0) == raw.SQLITE_NULL ? (long?)null : raw.sqlite3_column_int64(_statement, 0);

            // Run the statement to its end: an INSERT … RETURNING makes its change when it finishes.
            while ((result = raw.sqlite3_step(_statement)) == raw.SQLITE_ROW)
            {
            }

            ThrowIfFailed(result, raw.SQLITE_DONE);
            return value;
        }
        finally
        {
            raw.sqlite3_reset(_statement);
        }
    }

    /// <summary>Runs a query and returns the first column of every row, as integers.</summary>
    public IReadOnlyList<long> ExecuteColumn()
    {
        try
        {
            var values = new List<long>();
            int result;
            while ((result = raw.sqlite3_step(_statement)) == raw.SQLITE_ROW)
            {
                values.Add(raw.sqlite3_column_int64(_statement, 0));
            }

            ThrowIfFailed(result, raw.SQLITE_DONE);
            return values;
        }
        finally
        {
            raw.sqlite3_reset(_statement);
        }
    }

    /// <summary>Runs a query and returns the first column of its first row as text; null when there is no row or it is NULL.</summary>
    public string? ExecuteText()
    {
        try
        {
            var result = raw.sqlite3_step(_statement);
            if (result == raw.SQLITE_DONE || (result == raw.SQLITE_ROW && raw.sqlite3_column_type(_statement, 0) == raw.SQLITE_NULL))
            {
                return null;
            }

            ThrowIfFailed(result, raw.SQLITE_ROW);
            return raw.sqlite3_column_text(_statement, 0).utf8_to_string();
        }
        finally
        {
            raw.sqlite3_reset(_statement);
        }
    }

    public void Dispose() => _statement.Dispose();

    private void ThrowIfFailed(int result, int expected = raw.SQLITE_OK)
    {
        if (result != expected)
        {
            throw new SqliteException(
                $"SQLite Error {result}: '{raw.sqlite3_errmsg(_database).utf8_to_string()}'.",
                result,
                raw.sqlite3_extended_errcode(_database));
        }
    }
}
