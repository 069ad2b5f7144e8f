using KnowledgeGraph.Core.Graph;

namespace KnowledgeGraph.Export.Tests;

/// <summary>
/// A generated graph. FsCheck prints the value of a failing case, so this says what is in the graph with every
/// character that could be invisible, break the test log or be mistaken for a delimiter (quote, backslash) written
/// as a \uXXXX escape.
/// </summary>
internal sealed record HostileGraph(EntityGraph Graph)
{
    private const int ShownLength = 120;

    public override string ToString() =>
        $"{Graph.VertexCount} nodes, {Graph.EdgeCount} edges; names: "
        + string.Join(", ", Graph.Vertices.Select(node => $"n{node.Id}={Visible(node.Name)}" + (node.Event is { } facts ? $" event={Visible(facts.EventType)} {facts.DateText} basis={Visible(facts.DateBasis)}" : string.Empty)))
        + "; edges: "
        + string.Join(", ", Graph.Edges.Select(edge => $"e{edge.Id} n{edge.Source.Id}->n{edge.Target.Id} kind={Visible(edge.Kind)} label={Visible(edge.Label)} weight={edge.Weight} evidence_count={edge.EvidenceCount}"));

    private static string Visible(string? text)
    {
        if (text is null)
        {
            return "null";
        }

        var shown = text.Length > ShownLength ? text[..ShownLength] : text;
        var escaped = string.Concat(shown.Select(c => c is >= ' ' and <= '~' and not '"' and not '\\' ? c.ToString() : $"\\u{(int)c:X4}"));
        return "\"" + escaped + (text.Length > ShownLength ? $"…\" ({text.Length} units)" : "\"");
    }
}
