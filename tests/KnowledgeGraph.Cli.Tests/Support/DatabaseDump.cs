using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Cli.Tests.Support;

/// <summary>
/// Every row of every table of a database as text, tables by name and rows in column order: two databases with the
/// same content give the same dump, whatever their page layout on disk.
/// </summary>
internal static class DatabaseDump
{
    public static string Of(string path)
    {
        using var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
        connection.Open();
        var dump = new StringBuilder();
        foreach (var table in Strings(connection, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"))
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM \"{table}\"";
            using var probe = command.ExecuteReader();
            var columns = Enumerable.Range(1, probe.FieldCount).Select(i => i.ToString(CultureInfo.InvariantCulture));
            probe.Close();
            command.CommandText = $"SELECT * FROM \"{table}\" ORDER BY {string.Join(", ", columns)}";
            using var reader = command.ExecuteReader();
            dump.Append("## ").Append(table).Append('\n');
            while (reader.Read())
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    dump.Append(i == 0 ? string.Empty : "|").Append(Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture));
                }

                dump.Append('\n');
            }
        }

        return dump.ToString();
    }

    private static List<string> Strings(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var values = new List<string>();
        while (reader.Read())
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }
}
