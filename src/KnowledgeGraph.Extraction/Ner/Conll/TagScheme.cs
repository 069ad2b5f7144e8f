namespace KnowledgeGraph.Extraction.Ner.Conll;

/// <summary>How entity chunks are spelled as one tag per token.</summary>
public enum TagScheme
{
    /// <summary>CoNLL-2003's own scheme: I- throughout, B- only on the first token of a chunk that touches a preceding chunk of the same type.</summary>
    Iob1,

    /// <summary>B- on every chunk's first token, I- on the rest.</summary>
    Iob2,

    /// <summary>B- first, I- inside, L- last, U- for a one-token chunk (the same as IOBES with E- and S-).</summary>
    Bilou,
}
