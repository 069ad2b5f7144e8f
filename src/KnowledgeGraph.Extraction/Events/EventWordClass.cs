namespace KnowledgeGraph.Extraction.Events;

/// <summary>How a row of the trigger list is used: the grammar of a trigger decides where its participants stand.</summary>
public enum EventWordClass
{
    /// <summary>A noun ("meeting", "strike"): participants come with "of", "by", "with", a possessive or a name before it.</summary>
    Noun,

    /// <summary>A verb ("met", "visited"): the subject before it acts, the object after it is acted on.</summary>
    Verb,

    /// <summary>Not a trigger: a word that changes or cancels the triggers of its clause ("workers", "regularly").</summary>
    Context,

    /// <summary>
    /// Not a trigger: a light verb whose subject is the subject of the noun trigger it takes as object ("carried out a
    /// strike", "paid a visit", "held talks").
    /// </summary>
    Support,
}
