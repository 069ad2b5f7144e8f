namespace KnowledgeGraph.Extraction.Ner;

/// <summary>
/// CoNLL-2003 spells quotes, apostrophes and dashes in ASCII; news today uses curly quotes and long dashes. The
/// features read every word in the training data's spelling, so "Rubio’s" is the possessive the model knows, and
/// "”" or "—" the punctuation it knows rather than an unseen symbol it may take for part of a name.
/// </summary>
public static class ConllSpelling
{
    public static string Of(string word)
    {
        if (word.AsSpan().IndexOfAny("‘’“”–—") < 0)
        {
            return word;
        }

        return string.Create(word.Length, word, static (target, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                target[i] = source[i] switch
                {
                    '‘' or '’' => '\'',
                    '“' or '”' => '"',
                    '–' or '—' => '-',
                    var c => c,
                };
            }
        });
    }
}
