namespace KnowledgeGraph.Extraction.Relations;

/// <summary>
/// Turns a title as printed ("Foreign Affairs secretary", "secretary of state", "Sen.") into the one label a
/// relation carries ("Foreign Affairs Secretary", "Secretary of State", "Senator"), so that the same office read in
/// different cases or abbreviations makes one relation.
/// </summary>
internal static class TitleLabel
{
    private static readonly string[] LowerCaseWords = ["of", "the", "and", "for", "on", "in", "to"];

    public static string Normalize(IReadOnlyList<string> words, RelationCues cues)
    {
        if (words.Count == 1 && cues.TitleExpansions.TagOf(words[0]) is { } expansion)
        {
            return expansion;
        }

        return string.Join(' ', words.Select((word, index) => NormalizeWord(word, index)));
    }

    private static string NormalizeWord(string word, int index)
    {
        if (index > 0 && LowerCaseWords.Contains(word, StringComparer.OrdinalIgnoreCase))
        {
            return word.ToLowerInvariant();
        }

        // Short capitals are acronyms ("CEO", "MP"); longer ones are a headline's shouting.
        if (word.Length <= 4 && word.All(c => !char.IsLetter(c) || char.IsUpper(c)))
        {
            return word;
        }

        return string.Join('-', word.Split('-').Select(Capitalize));
    }

    private static string Capitalize(string part) =>
        part.Length == 0 ? part : char.ToUpperInvariant(part[0]) + part[1..].ToLowerInvariant();
}
