namespace KnowledgeGraph.Extraction.Ner;

/// <summary>
/// CoNLL-2003 spells quotes, apostrophes and dashes in ASCII; news today uses curly quotes and long dashes. The
/// features read every word in the training data's spelling, so "Rubio’s" is the possessive the model knows, and
/// "”" or "—" the punctuation it knows rather than an unseen symbol it may take for part of a name.
/// </summary>
public static class ConllSpelling
{
    /// <summary>Writes <paramref name="word"/> in CoNLL spelling into <paramref name="target"/>, which has its length.</summary>
    public static void Write(ReadOnlySpan<char> word, Span<char> target)
    {
        for (var i = 0; i < word.Length; i++)
        {
            target[i] = Of(word[i]);
        }
    }

    public static char Of(char c) => c switch
    {
        '‘' or '’' => '\'',
        '“' or '”' => '"',
        '–' or '—' => '-',
        _ => c,
    };
}
