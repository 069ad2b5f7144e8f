using KnowledgeGraph.Core;

namespace KnowledgeGraph.Storage;

/// <summary>A relation seen from one of its two entities, with a few of the sentences that support it.</summary>
/// <param name="Id">The <c>relations.id</c>.</param>
/// <param name="Kind">Relation kind, such as <c>co_mention</c> or <c>member_of</c>.</param>
/// <param name="Label">Detail such as a title, or null.</param>
/// <param name="IsOutgoing">True when the entity is the relation's source, false when it is the target.</param>
/// <param name="OtherId">The entity at the other end.</param>
/// <param name="OtherName">Its canonical name.</param>
/// <param name="OtherKind">Its kind.</param>
/// <param name="Weight">Supporting sentences over all documents.</param>
/// <param name="DocumentCount">Documents that support it.</param>
/// <param name="Evidence">The first supporting sentences, in document then position order.</param>
public sealed record RelationSummary(
    long Id,
    string Kind,
    string? Label,
    bool IsOutgoing,
    long OtherId,
    string OtherName,
    EntityKind OtherKind,
    double Weight,
    long DocumentCount,
    IReadOnlyList<string> Evidence);
