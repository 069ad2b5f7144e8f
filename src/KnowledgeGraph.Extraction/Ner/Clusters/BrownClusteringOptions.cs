namespace KnowledgeGraph.Extraction.Ner.Clusters;

/// <summary>How <see cref="BrownClustering.Induce"/> clusters words.</summary>
/// <param name="ClusterCount">
/// The number of clusters kept active while words are added (C in Liang 2005), which is also the number of leaf
/// clusters, and so of distinct paths, in the result. Time grows with its square.
/// </param>
/// <param name="MinimumCount">Words seen fewer times than this are left out of the clustering and of the result.</param>
public sealed record BrownClusteringOptions(int ClusterCount = 1000, int MinimumCount = 1);
