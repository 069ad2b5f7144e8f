namespace KnowledgeGraph.Extraction.Events;

/// <summary>What an entity can be in an event.</summary>
internal enum EntityStanding
{
    /// <summary>Neither a participant nor a place: a named event or a group word ("Latin American").</summary>
    Bystander,

    /// <summary>A person or organization: a participant whenever the sentence ties it to the trigger.</summary>
    Party,

    /// <summary>A country: a party when it acts ("Chile and Peru agreed"), the place when it is where things happen.</summary>
    Country,

    /// <summary>Any other place (a city, region, building): only ever where it happened.</summary>
    Place,
}
