using System.Text;

namespace KnowledgeGraph.Extraction.Cleaning;

/// <summary>
/// Removes characters that must not reach the stored text: control characters (U+0000 ends strings in SQLite's
/// substr and length, and XML cannot carry most of them), non-characters, and lone surrogates, which UTF-8 cannot
/// encode and would make SQLite's offsets disagree with ours. Tabs become spaces.
/// </summary>
public static class UnsafeCharacters
{
    public static string Remove(string line)
    {
        if (!line.Any(IsSuspect))
        {
            return line;
        }

        var builder = new StringBuilder(line.Length);
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (char.IsHighSurrogate(c) && i + 1 < line.Length && char.IsLowSurrogate(line[i + 1]))
            {
                builder.Append(c).Append(line[++i]);
            }
            else if (char.IsSurrogate(c))
            {
                builder.Append('\uFFFD');
            }
            else if (c == '\t')
            {
                builder.Append(' ');
            }
            else if (!char.IsControl(c) && c is not '\uFFFE' and not '\uFFFF')
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static bool IsSuspect(char c) => char.IsControl(c) || char.IsSurrogate(c) || c is '\uFFFE' or '\uFFFF';
}
