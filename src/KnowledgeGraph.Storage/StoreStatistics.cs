using KnowledgeGraph.Core;

namespace KnowledgeGraph.Storage;

/// <summary>Row counts of a knowledge-graph database, for <c>kg stats</c> and for checking an ingest.</summary>
/// <param name="Documents">Stored documents.</param>
/// <param name="Entities">Resolved entities.</param>
/// <param name="EntitiesByKind">Entities per kind; every kind is present, with 0 when there are none.</param>
/// <param name="Mentions">Mentions over all documents.</param>
/// <param name="Aliases">Distinct (entity, surface form) pairs.</param>
/// <param name="Relations">Aggregated relations.</param>
/// <param name="RelationsByKind">Relations per kind, in ordinal order of the kind; only kinds that occur.</param>
/// <param name="Evidence">Evidence sentences over all relations.</param>
/// <param name="Events">Rows of the events table.</param>
/// <param name="Quotes">Rows of the quotes table.</param>
public sealed record StoreStatistics(
    long Documents,
    long Entities,
    IReadOnlyDictionary<EntityKind, long> EntitiesByKind,
    long Mentions,
    long Aliases,
    long Relations,
    IReadOnlyDictionary<string, long> RelationsByKind,
    long Evidence,
    long Events,
    long Quotes);
