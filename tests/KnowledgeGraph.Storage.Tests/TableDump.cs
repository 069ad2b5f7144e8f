using System.Globalization;
using System.Text;
using Dapper;

namespace KnowledgeGraph.Storage.Tests;

/// <summary>Every row of every table as text, in a fixed order; equal dumps mean equal database content.</summary>
internal static class TableDump
{
    public static string Of(KnowledgeGraphStore store)
    {
        var connection = store.Connection;
        var dump = new StringBuilder();
        foreach (var table in connection.Query<string>("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"))
        {
            var columnCount = connection.ExecuteScalar<int>($"SELECT count(*) FROM pragma_table_info('{table}')");
            var orderBy = string.Join(", ", Enumerable.Range(1, columnCount));
            dump.Append("## ").AppendLine(table);
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM {table} ORDER BY {orderBy}";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    dump.Append(i == 0 ? "" : " | ").Append(Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture));
                }

                dump.AppendLine();
            }
        }

        return dump.ToString();
    }
}
