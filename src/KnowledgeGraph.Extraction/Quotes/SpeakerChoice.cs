namespace KnowledgeGraph.Extraction.Quotes;

/// <summary>
/// What the subject of a verb of saying comes to. <see cref="IsSubject"/> says the words form a subject at all (so the
/// verb attributes the quote); <see cref="SpeakerId"/> is null when that subject is nobody the text names: "a
/// spokesman", a place, an ambiguous pronoun.
/// </summary>
internal readonly record struct SpeakerChoice(bool IsSubject, int? SpeakerId)
{
    public static SpeakerChoice NotASubject => new(false, null);

    public static SpeakerChoice Unnamed => new(true, null);
}
