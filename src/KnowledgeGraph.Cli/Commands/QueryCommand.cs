using System.CommandLine;
using KnowledgeGraph.Cli.Terminal;
using KnowledgeGraph.Storage;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>
/// <c>kg query --db FILE "SQL" [--format table|csv|json]</c>: runs one read-only SQL statement. The database is opened
/// read-only and SQLite judges the statement before it runs; one that could write is refused with
/// <see cref="ExitCodes.QueryRefused"/>.
/// </summary>
internal static class QueryCommand
{
    public static Command Create()
    {
        var database = CommonOptions.Database(mustExist: true);
        var sql = new Argument<string>("SQL")
        {
            Description = "One SQL statement that only reads, such as a SELECT, or '-' to read it from standard input. "
                + "Statements that would change the database, ATTACH, PRAGMAs that set something, and several statements are refused before anything runs.",
        };
        var format = new Option<string>("--format", "-f")
        {
            Description = "How to print the rows: table (aligned plain text when redirected), csv (RFC 4180, with a header row) "
                + "or json (an array of objects; integers, reals, strings and null keep their type, blobs are base64).",
            HelpName = "FORMAT",
            DefaultValueFactory = _ => "table",
        };
        format.AcceptOnlyFromAmong(QueryPrinter.Formats);
        var command = new Command(
            "query",
            "Run one read-only SQL statement on a database and print its rows as a table, CSV or JSON. The schema is in the README.")
        { database, sql, format };
        command.SetAction(parse => CommandFailure.Run(() =>
        {
            var file = parse.GetValue(database)!;
            InputNotFoundException.ThrowIfMissing(file, "Database");
            var text = parse.GetValue(sql)!;
            if (text == "-")
            {
                text = Console.In.ReadToEnd();
            }

            using var store = KnowledgeGraphStore.OpenForReading(file.FullName);
            try
            {
                using var reader = store.Query(text);
                QueryPrinter.Print(reader, parse.GetValue(format)!);
            }
            catch (SqliteException e) when (e.SqliteErrorCode is SQLitePCL.raw.SQLITE_ERROR or SQLitePCL.raw.SQLITE_TOOBIG)
            {
                throw new UnusableInputException($"the SQL could not run: {e.Message}", e);
            }
            catch (OutOfMemoryException e)
            {
                // A value too big to print as text (SELECT zeroblob(1000000000)): the query's fault, not kg's.
                throw new UnusableInputException("a value in the result is too large to print; select less (substr, length, LIMIT).", e);
            }
            catch (SqliteException e) when (e.SqliteErrorCode is SQLitePCL.raw.SQLITE_READONLY or SQLitePCL.raw.SQLITE_AUTH)
            {
                throw new QueryRefusedException($"the statement tried to change the database, which kg query opens read-only: {e.Message}");
            }

            return ExitCodes.Ok;
        }));
        return command;
    }
}
