using System.Data.Common;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace KnowledgeGraph.Cli.Terminal;

/// <summary>
/// Prints the rows of <c>kg query</c>. CSV and JSON are written a row at a time as SQLite produces them, so a large
/// result never sits in memory; the table needs every row to size its columns. Each value keeps the type SQLite stored
/// it with: integers, reals, text, NULL, and blobs as base64.
/// </summary>
internal static class QueryPrinter
{
    public static readonly string[] Formats = ["table", "csv", "json"];

    public static void Print(DbDataReader reader, string format)
    {
        switch (format)
        {
            case "csv":
                Csv(reader, Console.Out);
                break;
            case "json":
                Json(reader, Console.Out);
                break;
            default:
                Table(reader);
                break;
        }
    }

    /// <summary>RFC 4180: a header row, CRLF line ends, fields quoted when they hold a comma, quote, CR or LF.</summary>
    private static void Csv(DbDataReader reader, TextWriter output)
    {
        var line = new StringBuilder();
        void Row(IReadOnlyList<string> fields)
        {
            line.Clear();
            for (var i = 0; i < fields.Count; i++)
            {
                var field = fields[i];

                // A row of one empty field would read back as a blank line; quoted, it stays a row.
                var quote = field.AsSpan().IndexOfAny(",\"\r\n") >= 0 || (fields.Count == 1 && field.Length == 0);
                line.Append(i == 0 ? "" : ",").Append(quote ? $"\"{field.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : field);
            }

            output.Write(line.Append("\r\n"));
        }

        if (reader.FieldCount == 0)
        {
            return; // a statement without result columns, such as an empty PRAGMA
        }

        Row(ColumnNames(reader));
        while (reader.Read())
        {
            Row([.. Enumerable.Range(0, reader.FieldCount).Select(column => Text(reader.GetValue(column), nullText: ""))]);
        }
    }

    /// <summary>An array with one object a line, keyed by column name (a repeated name gets a suffix: <c>id</c>, <c>id_2</c>).</summary>
    private static void Json(DbDataReader reader, TextWriter output)
    {
        var names = UniqueNames(ColumnNames(reader));
        var buffer = new MemoryStream();
        var options = new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        output.Write('[');
        var first = true;
        while (reader.Read())
        {
            buffer.SetLength(0);
            using (var json = new Utf8JsonWriter(buffer, options))
            {
                json.WriteStartObject();
                for (var column = 0; column < names.Count; column++)
                {
                    json.WritePropertyName(names[column]);
                    WriteValue(json, reader.GetValue(column));
                }

                json.WriteEndObject();
            }

            output.Write(first ? "\n" : ",\n");
            output.Write(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
            first = false;
        }

        output.Write(first ? "]\n" : "\n]\n");
    }

    private static void WriteValue(Utf8JsonWriter json, object value)
    {
        switch (value)
        {
            case long integer:
                json.WriteNumberValue(integer);
                break;
            case double real when double.IsFinite(real):
                json.WriteNumberValue(real);
                break;
            case double real:
                json.WriteStringValue(Text(real, nullText: "")); // JSON has no infinity
                break;
            case string text:
                json.WriteStringValue(text);
                break;
            case byte[] blob:
                json.WriteBase64StringValue(blob);
                break;
            default:
                json.WriteNullValue();
                break;
        }
    }

    private static void Table(DbDataReader reader)
    {
        var headers = ColumnNames(reader);
        var rows = new List<string[]>();
        var numeric = new bool[headers.Count];
        Array.Fill(numeric, true);
        while (reader.Read())
        {
            var row = new string[headers.Count];
            for (var column = 0; column < row.Length; column++)
            {
                var value = reader.GetValue(column);
                numeric[column] &= value is long or double or DBNull;
                row[column] = Text(value, nullText: "NULL");
            }

            rows.Add(row);
        }

        TextTable.Write(headers, rows, column => numeric[column] && rows.Count > 0);
    }

    private static List<string> ColumnNames(DbDataReader reader) =>
        Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToList();

    /// <summary>
    /// Column names made unique for JSON keys: a repeated name gets the first free suffix, free meaning used by no
    /// column of the result, so a real column "id_2" keeps its name and the second "id" becomes "id_3".
    /// </summary>
    private static List<string> UniqueNames(List<string> names)
    {
        var taken = new HashSet<string>(names, StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return names.Select(name =>
        {
            if (seen.Add(name))
            {
                return name;
            }

            var unique = name;
            for (var n = 2; taken.Contains(unique); n++)
            {
                unique = $"{name}_{n}";
            }

            taken.Add(unique);
            seen.Add(unique);
            return unique;
        }).ToList();
    }

    private static string Text(object value, string nullText) => value switch
    {
        long integer => integer.ToString(CultureInfo.InvariantCulture),
        double real => real.ToString("R", CultureInfo.InvariantCulture),
        string text => text,
        byte[] blob => Convert.ToBase64String(blob),
        _ => nullText,
    };
}
