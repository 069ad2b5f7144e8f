namespace KnowledgeGraph.Extraction.Gazetteers;

/// <summary>
/// Office and honorific titles, matched word by word and case-insensitively so that the longest title wins:
/// "Secretary of State" rather than "Secretary", "Foreign Affairs secretary" as printed in lower case.
/// </summary>
public sealed class TitleLexicon
{
    private readonly HashSet<string> _titles = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _words = new(StringComparer.OrdinalIgnoreCase);
    private readonly int _longest;

    public TitleLexicon(IEnumerable<string> titles)
    {
        foreach (var title in titles)
        {
            _titles.Add(title);
            var words = title.Split(' ');
            _longest = Math.Max(_longest, words.Length);
            foreach (var word in words)
            {
                _words.Add(word);
            }
        }
    }

    /// <summary>True when <paramref name="word"/> is a whole one-word title ("President", "minister").</summary>
    public bool IsTitle(string word) => _titles.Contains(word);

    /// <summary>True when <paramref name="word"/> occurs in some title ("Affairs", "of").</summary>
    public bool IsTitleWord(string word) => _words.Contains(word);

    /// <summary>
    /// The number of words, starting at <paramref name="start"/>, that form the longest title; 0 when none does.
    /// </summary>
    public int MatchLength(IReadOnlyList<string> words, int start)
    {
        for (var length = Math.Min(_longest, words.Count - start); length > 0; length--)
        {
            if (_titles.Contains(string.Join(' ', words.Skip(start).Take(length))))
            {
                return length;
            }
        }

        return 0;
    }
}
