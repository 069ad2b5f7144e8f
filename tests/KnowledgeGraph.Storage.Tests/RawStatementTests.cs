using Dapper;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage.Tests;

public sealed class RawStatementTests : IDisposable
{
    private readonly SqliteConnection _connection;

    public RawStatementTests()
    {
        SqliteRuntime.EnsureInitialized();
        _connection = new SqliteConnection("Data Source=:memory:");
        _connection.Open();
        _connection.Execute("CREATE TABLE t (id INTEGER PRIMARY KEY, n INTEGER, x REAL, s TEXT UNIQUE, note TEXT)");
    }

    public void Dispose() => _connection.Dispose();

    [Fact]
    public void Values_land_in_the_parameters_named_in_the_order_listed_whatever_order_the_sql_names_them_in()
    {
        // The SQL names @s first; the list, and so Bind, gives @n first.
        using var insert = new RawStatement(_connection, "INSERT INTO t (s, n, x, note) VALUES (@s, @n, @x, @note)", "@n", "@x", "@s", "@note");

        Assert.Equal(1, insert.Bind(42L, 2.5, "Ærø ✓ 𝄞", null).Execute());
        Assert.Equal(1, insert.Bind(7, 0.0, "second", "kept").Execute());

        var rows = _connection.Query<(long N, double X, string S, string? Note)>("SELECT n, x, s, note FROM t ORDER BY id").ToList();
        Assert.Equal((42L, 2.5, "Ærø ✓ 𝄞", (string?)null), rows[0]);
        Assert.Equal((7L, 0.0, "second", "kept"), rows[1]);
    }

    [Fact]
    public void A_parameter_used_twice_takes_one_value()
    {
        using var insert = new RawStatement(_connection, "INSERT INTO t (n, x) VALUES (@v, @v * 2)", "@v");

        insert.Bind(4L).Execute();

        Assert.Equal((4L, 8.0), _connection.QuerySingle<(long, double)>("SELECT n, x FROM t"));
    }

    [Fact]
    public void Execute_scalar_returns_the_first_value_and_finishes_an_insert_that_returns_its_id()
    {
        using var insert = new RawStatement(_connection, "INSERT INTO t (s) VALUES (@s) RETURNING id", "@s");
        using var find = new RawStatement(_connection, "SELECT id FROM t WHERE s = @s", "@s");

        var id = insert.Bind("a").ExecuteScalar();

        Assert.Equal(id, find.Bind("a").ExecuteScalar());
        Assert.Null(find.Bind("missing").ExecuteScalar());
        Assert.Equal(1, _connection.ExecuteScalar<int>("SELECT count(*) FROM t"));
    }

    [Fact]
    public void A_query_returns_every_value_of_its_first_column_or_its_first_text()
    {
        using var insert = new RawStatement(_connection, "INSERT INTO t (n, s, note) VALUES (@n, @s, @note)", "@n", "@s", "@note");
        insert.Bind(3L, "c", "three").Execute();
        insert.Bind(1L, "a", null).Execute();
        insert.Bind(true, "b", "Ærø").Execute();
        using var numbers = new RawStatement(_connection, "SELECT n FROM t WHERE n >= @least ORDER BY n", "@least");
        using var note = new RawStatement(_connection, "SELECT note FROM t WHERE s = @s", "@s");

        Assert.Equal([1L, 1L, 3L], numbers.Bind(0L).ExecuteColumn());
        Assert.Empty(numbers.Bind(4L).ExecuteColumn());
        Assert.Equal("Ærø", note.Bind("b").ExecuteText());
        Assert.Null(note.Bind("a").ExecuteText());
        Assert.Null(note.Bind("missing").ExecuteText());
    }

    [Fact]
    public void A_failing_statement_throws_with_sqlites_error_and_can_run_again()
    {
        using var insert = new RawStatement(_connection, "INSERT INTO t (s) VALUES (@s)", "@s");
        insert.Bind("same").Execute();

        var error = Assert.Throws<SqliteException>(() => insert.Bind("same").Execute());

        Assert.Equal(SQLitePCL.raw.SQLITE_CONSTRAINT, error.SqliteErrorCode);
        Assert.Contains("UNIQUE", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, insert.Bind("other").Execute());
    }

    [Fact]
    public void Rows_are_written_in_the_connections_open_transaction()
    {
        using (var transaction = _connection.BeginTransaction())
        {
            using var insert = new RawStatement(_connection, "INSERT INTO t (s) VALUES (@s)", "@s");
            insert.Bind("rolled back").Execute();
            transaction.Rollback();
        }

        Assert.Equal(0, _connection.ExecuteScalar<int>("SELECT count(*) FROM t"));
    }

    [Fact]
    public void A_parameter_list_that_does_not_match_the_sql_is_refused()
    {
        Assert.Throws<ArgumentException>(() => new RawStatement(_connection, "INSERT INTO t (s) VALUES (@s)", "@other"));
        Assert.Throws<ArgumentException>(() => new RawStatement(_connection, "INSERT INTO t (s, n) VALUES (@s, @n)", "@s"));
        using var insert = new RawStatement(_connection, "INSERT INTO t (s) VALUES (@s)", "@s");
        Assert.Throws<ArgumentException>(() => insert.Bind("a", "b"));
        Assert.Throws<ArgumentException>(() => insert.Bind(DateTime.MinValue));
    }

    [Fact]
    public void Invalid_sql_is_refused_when_prepared() =>
        Assert.Throws<SqliteException>(() => new RawStatement(_connection, "INSERT INTO nowhere VALUES (@s)", "@s"));
}
