namespace KnowledgeGraph.Extraction.Relations;

/// <summary>
/// A name with the words that belong to it: a title and its country before it ("the U.S. Secretary of State Marco
/// Rubio"), an apposition after it ("Ana Ruiz, chief executive of Havenbond,"). Patterns that relate two names look
/// at the words between one frame's <see cref="RightEdge"/> and the next one's <see cref="LeftEdge"/>, so a title
/// or apposition never hides a verb and a name inside a frame is never taken for the object of that verb.
/// </summary>
/// <param name="Slot">The name itself.</param>
/// <param name="LeftEdge">First token of the frame: the article, country or title before the name.</param>
/// <param name="RightEdge">Token after the frame: after the closing comma of an apposition, or the name's end.</param>
/// <param name="Titles">The titles read before and after the name.</param>
/// <param name="IsInner">True when the name lies inside another name's frame ("U.S." in "U.S. Secretary of State Rubio").</param>
internal sealed record NameFrame(MentionSlot Slot, int LeftEdge, int RightEdge, IReadOnlyList<TitleReading> Titles, bool IsInner)
{
    public int EntityId => Slot.EntityId;
}
