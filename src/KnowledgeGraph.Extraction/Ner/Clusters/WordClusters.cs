using System.Collections.Frozen;
using System.Globalization;

namespace KnowledgeGraph.Extraction.Ner.Clusters;

/// <summary>
/// Hierarchical word clusters: each word's bit-string path, kept in Liang's file format
/// (<c>path&lt;TAB&gt;word&lt;TAB&gt;count</c> per line, sorted by path then word, <c>#</c> lines are comments) so that
/// files made by his <c>wcluster</c> tool and by <see cref="BrownClustering"/> are interchangeable.
/// </summary>
public sealed class WordClusters
{
    private readonly FrozenDictionary<string, ClusteredWord> _byWord;

    /// <param name="words">The clustered words; a word may appear once.</param>
    /// <param name="description">How the clusters were made; written as the file's header comment.</param>
    public WordClusters(IEnumerable<ClusteredWord> words, string description)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(description);

        var list = words.ToList();
        foreach (var word in list)
        {
            if (!IsWritableWord(word.Word))
            {
                throw new ArgumentException($"'{word.Word}' cannot be written to a cluster file: words must be non-empty and hold no tab or line break.", nameof(words));
            }

            if (word.Path.Any(c => c is not ('0' or '1')))
            {
                throw new ArgumentException($"The path '{word.Path}' of '{word.Word}' holds something other than 0 and 1.", nameof(words));
            }

            if (word.Count < 0)
            {
                throw new ArgumentException($"'{word.Word}' has a negative count.", nameof(words));
            }
        }

        list.Sort(static (x, y) =>
        {
            var byPath = string.CompareOrdinal(x.Path, y.Path);
            return byPath != 0 ? byPath : string.CompareOrdinal(x.Word, y.Word);
        });

        var byWord = new Dictionary<string, ClusteredWord>(StringComparer.Ordinal);
        foreach (var word in list)
        {
            if (!byWord.TryAdd(word.Word, word))
            {
                throw new ArgumentException($"'{word.Word}' is listed twice.", nameof(words));
            }
        }

        Words = list;
        _byWord = byWord.ToFrozenDictionary(StringComparer.Ordinal);

        // A header is one line so the file stays one comment plus data, whatever the caller passed.
        Description = description.ReplaceLineEndings(" ");
    }

    /// <summary>The words, sorted by path then word (ordinal), as they are written.</summary>
    public IReadOnlyList<ClusteredWord> Words { get; }

    /// <summary>How the clusters were made.</summary>
    public string Description { get; }

    /// <summary>The number of clustered words.</summary>
    public int Count => Words.Count;

    /// <summary>The path of exactly this word form, or null when the word was not clustered.</summary>
    public string? PathOf(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return _byWord.GetValueOrDefault(word)?.Path;
    }

    /// <summary>
    /// Reads a cluster file. The first comment line becomes the <see cref="Description"/>; further comments and
    /// blank lines are skipped.
    /// </summary>
    /// <exception cref="FormatException">A line is not <c>path TAB word TAB count</c>.</exception>
    public static WordClusters Read(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);

        string? description = null;
        var words = new List<ClusteredWord>();
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.StartsWith('#'))
            {
                description ??= line[1..].Trim();
                continue;
            }

            if (line.Length == 0)
            {
                continue;
            }

            var columns = line.Split('\t');
            if (columns.Length != 3
                || columns[1].Length == 0
                || columns[0].Any(c => c is not ('0' or '1'))
                || !long.TryParse(columns[2], NumberStyles.None, CultureInfo.InvariantCulture, out var count))
            {
                throw new FormatException($"Line {lineNumber} of the cluster file is not 'path<TAB>word<TAB>count': '{line}'.");
            }

            words.Add(new ClusteredWord(columns[0], columns[1], count));
        }

        try
        {
            return new WordClusters(words, description ?? "");
        }
        catch (ArgumentException e)
        {
            throw new FormatException($"The cluster file is inconsistent: {e.Message}", e);
        }
    }

    /// <summary>Writes the header comment, then one line per word in path-then-word order.</summary>
    public void Write(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);

        // "\n" whatever the platform, so the file's bytes (which the tagger's model fingerprints) do not depend on it.
        writer.Write("# ");
        writer.Write(Description);
        writer.Write('\n');
        foreach (var word in Words)
        {
            writer.Write(word.Path);
            writer.Write('\t');
            writer.Write(word.Word);
            writer.Write('\t');
            writer.Write(word.Count.ToString(CultureInfo.InvariantCulture));
            writer.Write('\n');
        }
    }

    internal static bool IsWritableWord(string word) =>
        word.Length > 0 && word.AsSpan().IndexOfAny('\t', '\n', '\r') < 0;
}
