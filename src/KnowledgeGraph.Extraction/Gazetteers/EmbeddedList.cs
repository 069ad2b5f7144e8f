using System.Reflection;

namespace KnowledgeGraph.Extraction.Gazetteers;

/// <summary>
/// The word lists shipped inside the assembly (every file of Gazetteers/ is embedded): one place that finds them and
/// skips their comment lines, so each list's loader only parses its own columns.
/// </summary>
internal static class EmbeddedList
{
    /// <summary>A reader over the whole file <paramref name="fileName"/> of Gazetteers/, comments included.</summary>
    /// <exception cref="InvalidOperationException">The build left the file out.</exception>
    public static StreamReader Open(string fileName)
    {
        var name = $"KnowledgeGraph.Extraction.Gazetteers.{fileName}";
        var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The embedded word list '{name}' is missing from the build.");
        return new StreamReader(stream);
    }

    /// <summary>The lines of <paramref name="fileName"/> that are neither blank nor comments ("#"), without trailing blanks.</summary>
    public static IReadOnlyList<string> Lines(string fileName)
    {
        using var reader = Open(fileName);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            var trimmed = line.TrimEnd();
            if (trimmed.Length > 0 && trimmed[0] != '#')
            {
                lines.Add(trimmed);
            }
        }

        return lines;
    }
}
