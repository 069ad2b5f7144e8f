namespace KnowledgeGraph.Extraction.Quotes;

/// <summary>What a given name or an honorific says about a person's gender, so that "he" and "she" find their speaker.</summary>
public enum PersonGender
{
    Unknown,
    Female,
    Male,
}
