namespace KnowledgeGraph.Extraction.Ner.Conll;

/// <summary>
/// The sentences of one -DOCSTART- block. Kept as a unit because a tagger may use document context
/// (a name spelled out once and repeated later) and because CoNLL-2003 counts its documents.
/// </summary>
public sealed record ConllDocument(IReadOnlyList<ConllSentence> Sentences);
