namespace KnowledgeGraph.Extraction.Ner.Clusters;

/// <summary>
/// The binary tree the last merges build over the leaf clusters, and the bit-string path of each node.
/// </summary>
internal sealed class ClusterHierarchy
{
    private readonly List<Node> _nodes = [];

    /// <summary>Adds a leaf whose most frequent word has rank <paramref name="firstRank"/>; returns its node.</summary>
    public int AddLeaf(int firstRank)
    {
        _nodes.Add(new Node(-1, -1, firstRank));
        return _nodes.Count - 1;
    }

    /// <summary>Joins two nodes under a new parent; returns the parent.</summary>
    /// <remarks>
    /// The branch holding the more frequent word is 0. Any fixed rule would do; this one depends only on the words,
    /// not on where the clustering happened to keep each cluster, and puts the commonest words on all-zero paths.
    /// </remarks>
    public int Join(int first, int second)
    {
        var (zero, one) = _nodes[first].FirstRank <= _nodes[second].FirstRank ? (first, second) : (second, first);
        _nodes.Add(new Node(zero, one, _nodes[zero].FirstRank));
        return _nodes.Count - 1;
    }

    /// <summary>The path of every node under <paramref name="root"/>, indexed by node; the root's is empty.</summary>
    public string[] Paths(int root)
    {
        var paths = new string[_nodes.Count];

        // Iterative, because a skewed tree over a thousand leaves can be a thousand levels deep.
        var pending = new Stack<(int Node, string Path)>();
        pending.Push((root, ""));
        while (pending.TryPop(out var item))
        {
            paths[item.Node] = item.Path;
            var node = _nodes[item.Node];
            if (node.Zero >= 0)
            {
                pending.Push((node.Zero, string.Concat(item.Path, "0")));
                pending.Push((node.One, string.Concat(item.Path, "1")));
            }
        }

        return paths;
    }

    /// <summary>A tree node: its two children (-1 for a leaf) and the rank of the most frequent word below it.</summary>
    private readonly record struct Node(int Zero, int One, int FirstRank);
}
