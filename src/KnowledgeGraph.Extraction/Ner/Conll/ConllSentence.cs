namespace KnowledgeGraph.Extraction.Ner.Conll;

/// <summary>
/// A run of token lines between blank or -DOCSTART- lines. <see cref="LineIndexes"/> point back into
/// <see cref="ConllFile.Lines"/> so predictions can be written next to the very lines they were made for.
/// </summary>
/// <param name="Words">The first column of each token line.</param>
/// <param name="GoldTags">The last column of each token line, or null when the lines have only the word.</param>
/// <param name="LineIndexes">Zero-based index in the file of each token's line.</param>
public sealed record ConllSentence(IReadOnlyList<string> Words, IReadOnlyList<string>? GoldTags, IReadOnlyList<int> LineIndexes);
