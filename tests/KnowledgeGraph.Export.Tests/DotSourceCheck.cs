using System.Text;
using System.Text.RegularExpressions;
using KnowledgeGraph.Core.Graph;

namespace KnowledgeGraph.Export.Tests;

/// <summary>
/// Checks DOT source the way Graphviz's lexer reads it, without Graphviz: every line shorter than Graphviz's input
/// line limit, every quoted string closed on its own line and followed by DOT syntax, every backslash inside a
/// string part of an escape <see cref="DotText"/> writes, and one statement per node and per edge.
/// </summary>
/// <remarks>
/// Inside quotes Graphviz reads a backslash and the character after it as a pair (<c>\"</c> and <c>\\</c>), which is
/// what the scan below does. A label ending in an odd number of backslashes would turn its closing quote into
/// <c>\"</c>; the string would then run on into the next attribute and close on the wrong quote, followed by a
/// letter, or never close at all, and either way this check fails.
/// </remarks>
internal static partial class DotSourceCheck
{
    /// <summary>Graphviz rejects input lines this long or longer (in bytes, so UTF-8 bytes are counted).</summary>
    public const int GraphvizLineLimit = 16_384;

    /// <summary>What may follow a closing quote in the statements DotExporter writes.</summary>
    private const string AfterClosingQuote = " ,;]=";

    /// <summary>The escapes DotText writes: quote, backslash and line break.</summary>
    private const string EscapedCharacters = "\"\\n";

    public static void Verify(string source, EntityGraph graph)
    {
        var lines = source.Split('\n');
        Assert.Equal(string.Empty, lines[^1]); // the file ends with a newline
        foreach (var line in lines)
        {
            var bytes = Encoding.UTF8.GetByteCount(line);
            Assert.True(bytes < GraphvizLineLimit, $"a line of {bytes} bytes");
            Assert.DoesNotContain(line, char.IsControl);
            VerifyQuoting(line);
        }

        Assert.Equal(graph.VertexCount, lines.Count(line => NodeStatement().IsMatch(line)));
        Assert.Equal(graph.EdgeCount, lines.Count(line => EdgeStatement().IsMatch(line)));
    }

    private static void VerifyQuoting(string line)
    {
        var inString = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (!inString)
            {
                inString = c == '"';
                continue;
            }

            if (c == '\\')
            {
                Assert.True(i + 1 < line.Length && EscapedCharacters.Contains(line[i + 1], StringComparison.Ordinal), $"a backslash that escapes nothing DotText writes at {i}: {Excerpt(line, i)}");
                i++;
            }
            else if (c == '"')
            {
                inString = false;
                Assert.True(i + 1 == line.Length || AfterClosingQuote.Contains(line[i + 1], StringComparison.Ordinal), $"a string closes before '{line[Math.Min(i + 1, line.Length - 1)]}' at {i}: {Excerpt(line, i)}");
            }
        }

        Assert.False(inString, $"a string runs past the end of the line: {Excerpt(line, line.Length)}");
    }

    private static string Excerpt(string line, int at) => line[Math.Max(0, at - 60)..Math.Min(line.Length, at + 20)];

    [GeneratedRegex("""^  "n[0-9]+" \[""")]
    private static partial Regex NodeStatement();

    [GeneratedRegex("""^  "n[0-9]+" -> "n[0-9]+" \[""")]
    private static partial Regex EdgeStatement();
}
