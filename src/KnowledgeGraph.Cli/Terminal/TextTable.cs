using Spectre.Console;

namespace KnowledgeGraph.Cli.Terminal;

/// <summary>
/// A table of text cells: drawn with borders on a terminal; plain, aligned, unwrapped columns separated by two spaces
/// when the output goes to a file or a pipe (the console <see cref="ConsoleSetup"/> makes is then not interactive), so
/// that scripts can cut columns. The last column is never padded.
/// </summary>
internal static class TextTable
{
    private const string Gap = "  ";

    public static bool IsPlain => !AnsiConsole.Profile.Capabilities.Interactive;

    public static void Write(IReadOnlyList<string> headers, IReadOnlyList<string[]> rows, Func<int, bool> rightAligned)
    {
        if (IsPlain)
        {
            var widths = headers.Select((header, column) => rows.Select(row => row[column].Length).Append(header.Length).Max()).ToArray();
            string Line(IReadOnlyList<string> cells) => string.Join(Gap, cells.Select((cell, column) =>
                column == cells.Count - 1 && !rightAligned(column) ? cell
                : rightAligned(column) ? cell.PadLeft(widths[column])
                : cell.PadRight(widths[column])));
            PlainLine(Line(headers).TrimEnd());
            foreach (var row in rows)
            {
                PlainLine(Line(row).TrimEnd());
            }

            return;
        }

        var table = new Table().Border(TableBorder.Rounded);
        for (var column = 0; column < headers.Count; column++)
        {
            var header = new TableColumn(Markup.Escape(headers[column]));
            table.AddColumn(rightAligned(column) ? header.RightAligned() : header);
        }

        foreach (var row in rows)
        {
            table.AddRow(row.Select(Markup.Escape).ToArray());
        }

        AnsiConsole.Write(table);
    }

    /// <summary>Straight to the console's writer: Spectre would wrap long lines at the console width.</summary>
    public static void PlainLine(string line) => AnsiConsole.Profile.Out.Writer.WriteLine(line);
}
