namespace KnowledgeGraph.Extraction.Relations;

/// <summary>What the words around a title say about where the office is held.</summary>
internal enum TitleTarget
{
    /// <summary>The text names the country or organization ("U.S. Secretary of State", "chief executive of Havenbond").</summary>
    Stated,

    /// <summary>
    /// Nothing near the title names one ("President Ana Ruiz"); the office is looked for elsewhere in the document
    /// for the same person.
    /// </summary>
    Unstated,

    /// <summary>
    /// The title is not this person's office where it is: a former one, a deputy's, a form of address, or an office
    /// of someone or somewhere that cannot hold one ("the president's spokesperson", "Texas Governor").
    /// </summary>
    Denied,
}
