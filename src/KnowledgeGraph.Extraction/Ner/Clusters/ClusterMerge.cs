namespace KnowledgeGraph.Extraction.Ner.Clusters;

/// <summary>
/// Two clusters joined, each named by its representative word (which does not change while the cluster lives);
/// afterwards <paramref name="Survivor"/> names the union and <paramref name="Absorbed"/> names nothing.
/// </summary>
internal readonly record struct ClusterMerge(int Survivor, int Absorbed);
