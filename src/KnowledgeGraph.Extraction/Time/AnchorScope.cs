namespace KnowledgeGraph.Extraction.Time;

/// <summary>Where the anchor of an <see cref="AnchoredShift"/> may be found.</summary>
internal enum AnchorScope
{
    /// <summary>
    /// "X came a day after Y" dates Y from X, the sentence's own event. Its date is written earlier in the same
    /// sentence, if anywhere; otherwise the event is the news of the day, dated by the document.
    /// </summary>
    Sentence,

    /// <summary>
    /// "Two days later, ..." continues a narrative, so its anchor is the last date the paragraph gave, which may be
    /// in an earlier sentence.
    /// </summary>
    Paragraph,
}
