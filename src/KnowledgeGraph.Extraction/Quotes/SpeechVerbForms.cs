using KnowledgeGraph.Extraction.Gazetteers;

namespace KnowledgeGraph.Extraction.Quotes;

/// <summary>
/// Verbs of saying in all the forms an attribution uses. The gazetteer lists the past and third-person forms ("said",
/// "says", "warned"); the base form ("officials say"), the other present form ("she warns") and the participle
/// ("stating", "saying") are derived from those, so the list need not spell every form out.
/// </summary>
internal sealed class SpeechVerbForms(Gazetteer gazetteer)
{
    public bool IsSpeechVerb(string word)
    {
        if (word.Length < 3 || !char.IsLetter(word[0]))
        {
            return false;
        }

        if (gazetteer.IsSpeechVerb(word) || gazetteer.IsSpeechVerb(word + "s"))
        {
            return true;
        }

        if (IsParticiple(word))
        {
            var stem = word[..^3];
            return gazetteer.IsSpeechVerb(stem + "s") || gazetteer.IsSpeechVerb(stem + "ed") || gazetteer.IsSpeechVerb(stem + "d");
        }

        if (word.EndsWith('s') && word.Length > 4)
        {
            var stem = word[..^1];
            return gazetteer.IsSpeechVerb(stem + "ed") || gazetteer.IsSpeechVerb(stem + "d");
        }

        return false;
    }

    /// <summary>
    /// An "-ing" form ("stating", "saying"): its subject is the subject of the clause it hangs on ("Rubio defended the
    /// strike, stating ..."), not the words right before it.
    /// </summary>
    public static bool IsParticiple(ReadOnlySpan<char> word) => word.Length > 5 && word.EndsWith("ing", StringComparison.OrdinalIgnoreCase);
}
