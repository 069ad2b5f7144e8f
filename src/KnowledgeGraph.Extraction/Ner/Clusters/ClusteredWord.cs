namespace KnowledgeGraph.Extraction.Ner.Clusters;

/// <summary>One line of a cluster file: a word, the bit string of its cluster and how often the word was seen.</summary>
/// <param name="Path">
/// The branch choices from the root of the cluster hierarchy down to the word's cluster, '0' or '1' each; words of
/// one cluster share it, and the longer the prefix two paths share, the more alike the words' contexts.
/// </param>
/// <param name="Word">The exact word form (case-sensitive).</param>
/// <param name="Count">Occurrences of the word in the text the clusters were induced from.</param>
public sealed record ClusteredWord(string Path, string Word, long Count);
