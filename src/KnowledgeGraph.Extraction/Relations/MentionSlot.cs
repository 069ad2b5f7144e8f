namespace KnowledgeGraph.Extraction.Relations;

/// <summary>
/// A mention seen as the tokens it covers, <c>[First, End)</c>, so that patterns can ask what words stand between
/// two names. Only mentions that begin and end on token boundaries become slots: a name inside a hyphenated word
/// ("U.S.-Mexico") links nothing by itself.
/// </summary>
internal readonly record struct MentionSlot(int EntityId, int First, int End);
