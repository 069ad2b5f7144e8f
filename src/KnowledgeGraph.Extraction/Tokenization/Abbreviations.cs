namespace KnowledgeGraph.Extraction.Tokenization;

/// <summary>
/// Words whose trailing period belongs to the word. The tokenizer keeps such a period attached and the
/// sentence splitter does not end a sentence on it (unless a new sentence plainly begins after it).
/// Matched case-sensitively: "Sun." and "Co." are abbreviations, "the sun." and "voted no." end sentences.
/// </summary>
public static class Abbreviations
{
    private static readonly HashSet<string> Known = new(StringComparer.Ordinal)
    {
        "Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "Sr.", "Jr.", "St.", "Mt.", "Ft.", "Rev.", "Hon.",
        "Gen.", "Lt.", "Col.", "Maj.", "Capt.", "Cmdr.", "Adm.", "Sgt.", "Cpl.", "Pvt.", "Gov.", "Sen.", "Rep.", "Pres.",
        "Jan.", "Feb.", "Mar.", "Apr.", "Jun.", "Jul.", "Aug.", "Sep.", "Sept.", "Oct.", "Nov.", "Dec.",
        "Mon.", "Tue.", "Tues.", "Wed.", "Thu.", "Thurs.", "Fri.", "Sat.", "Sun.",
        "Inc.", "Corp.", "Ltd.", "Co.", "Bros.", "Dept.", "Univ.", "Assn.", "Ave.", "Blvd.", "Rd.",
        "vs.", "v.", "etc.", "approx.", "No.", "Nos.", "Vol.", "pp.", "ca.", "cf.", "al.", "e.g.", "i.e.",
        "a.m.", "p.m.",
    };

    /// <summary>True when the period ending <paramref name="word"/> is part of the word.</summary>
    public static bool KeepsPeriod(ReadOnlySpan<char> word)
    {
        if (word.Length < 2 || word[^1] != '.')
        {
            return false;
        }

        return Known.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word) || IsInitialism(word);
    }

    /// <summary>Letters each followed by a period: "U.S.", "U.N.", "J." (an initial).</summary>
    public static bool IsInitialism(ReadOnlySpan<char> word)
    {
        if (word.Length < 2 || word.Length % 2 != 0)
        {
            return false;
        }

        for (var i = 0; i < word.Length; i += 2)
        {
            if (!char.IsLetter(word[i]) || word[i + 1] != '.')
            {
                return false;
            }
        }

        return char.IsUpper(word[0]);
    }

    /// <summary>Titles that stand before a name and so never end a sentence ("Gen. Smith").</summary>
    public static bool IsNameTitle(ReadOnlySpan<char> word) =>
        word.Length > 1 && word[^1] == '.' && TitlesBeforeNames.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    private static readonly HashSet<string> TitlesBeforeNames = new(StringComparer.Ordinal)
    {
        "Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "Rev.", "Hon.", "Gen.", "Lt.", "Col.", "Maj.", "Capt.", "Cmdr.", "Adm.",
        "Sgt.", "Cpl.", "Pvt.", "Gov.", "Sen.", "Rep.", "Pres.", "St.", "Mt.",
    };
}
