namespace KnowledgeGraph.Extraction.Events;

/// <summary>One row of the trigger list (Gazetteers/event-triggers.tsv).</summary>
/// <param name="Words">The form, one or more words, lower case for triggers and as written for context words.</param>
/// <param name="Type">An <see cref="EventTypes"/> value, or <see cref="None"/> for a look-alike or a cancelling context.</param>
/// <param name="AlternativeType">The type the trigger takes when a context word of that type shares its clause; null when fixed.</param>
/// <param name="WordClass">Noun, verb or context word.</param>
/// <param name="SubjectRole">Role of a verb's subject when it differs from the type's ("hosted": host); null for the type's.</param>
/// <param name="ObjectRole">Role of a verb's object when it differs from the type's ("hosted": guest); null for the type's.</param>
public sealed record EventTrigger(
    IReadOnlyList<string> Words,
    string Type,
    string? AlternativeType,
    EventWordClass WordClass,
    string? SubjectRole,
    string? ObjectRole)
{
    /// <summary>The type of a row that stops what it matches from being an event.</summary>
    public const string None = "none";

    /// <summary>The type of a support verb, which lends its subject to a trigger of any type.</summary>
    public const string Any = "any";

    /// <summary>True for a look-alike phrase ("meeting expectations") or a cancelling context word ("regularly").</summary>
    public bool IsNone => Type == None;

    /// <summary>The words joined by spaces, as the list writes them.</summary>
    public string Form => string.Join(' ', Words);
}
