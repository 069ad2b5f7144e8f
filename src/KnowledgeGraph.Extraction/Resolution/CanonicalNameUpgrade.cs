using KnowledgeGraph.Extraction.Names;
using KnowledgeGraph.Extraction.Tagging;

namespace KnowledgeGraph.Extraction.Resolution;

/// <summary>
/// When a later article's name for an entity replaces the stored canonical name. The canonical name is the most
/// complete well-formed form: an entity first met as "Rubio" is renamed "Marco Rubio" when an article names him in
/// full. Titles never get this far: the taggers and <see cref="MentionResolver"/> leave them out of names.
/// </summary>
public static class CanonicalNameUpgrade
{
    /// <summary>
    /// True when <paramref name="candidate"/> has more words than <paramref name="current"/> and ends with all of
    /// them, compared without case and accents ("Juan Ramón de la Fuente" for "Ramon de la Fuente"), and is printed as
    /// a name: not in capitals (a dateline's "MARCO RUBIO") and not in lower case. A name that merely shares a word
    /// ("Rubio Foods" for "Rubio") is not a fuller form of it.
    /// </summary>
    public static bool Improves(string current, string candidate)
    {
        var firstLetter = candidate.FirstOrDefault(char.IsLetter);
        if (!char.IsUpper(firstLetter) || WordShape.IsAllCapitals(candidate))
        {
            return false;
        }

        var currentWords = NameKey.Fold(current).Split(' ');
        var candidateWords = NameKey.Fold(candidate).Split(' ');
        return candidateWords.Length > currentWords.Length
            && candidateWords.AsSpan(candidateWords.Length - currentWords.Length).SequenceEqual(currentWords);
    }
}
