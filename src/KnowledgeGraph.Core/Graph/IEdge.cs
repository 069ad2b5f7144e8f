namespace KnowledgeGraph.Core.Graph;

/// <summary>A directed edge, shaped like QuikGraph's <c>IEdge&lt;TVertex&gt;</c> so that a move to QuikGraph touches one file.</summary>
public interface IEdge<out TVertex>
{
    TVertex Source { get; }

    TVertex Target { get; }
}
