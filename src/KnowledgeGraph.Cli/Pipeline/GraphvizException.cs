namespace KnowledgeGraph.Cli.Pipeline;

/// <summary>Graphviz is missing or could not draw the picture.</summary>
internal sealed class GraphvizException(string message) : Exception(message);
