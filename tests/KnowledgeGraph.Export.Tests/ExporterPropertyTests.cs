using FsCheck;
using FsCheck.Fluent;
using KnowledgeGraph.Core.Graph;

namespace KnowledgeGraph.Export.Tests;

/// <summary>
/// Every writer in <see cref="ExporterContractTests.Exporters"/>, fed random graphs of <see cref="HostileText"/>,
/// writes a file its format's parser accepts and that says what the graph says. FsCheck.Xunit is not served by the
/// package registry, so each property runs inside a plain fact and a failure reports FsCheck's replay seed.
/// </summary>
public class ExporterPropertyTests
{
    /// <summary>Graphs per writer and property: enough to hit every kind of piece many times, and well under a second.</summary>
    private const int GraphsPerRun = 100;

    private static readonly Config Checks = Config.QuickThrowOnFailure.WithMaxTest(GraphsPerRun);

    [Theory]
    [MemberData(nameof(ExporterContractTests.Exporters), MemberType = typeof(ExporterContractTests))]
    public void AnyGraphIsWrittenAsValidUtf8ThatTheFormatsParserReadsBack(IGraphExporter exporter)
    {
        Check.One(Checks, Prop.ForAll(RandomGraphs.Arbitrary, (HostileGraph generated) =>
        {
            var graph = generated.Graph;
            var text = ExportOutput.Text(exporter, graph);
            // DOT has no parser in .NET, so its source is checked the way Graphviz's lexer reads it.
            if (exporter is DotExporter)
            {
                DotSourceCheck.Verify(text, graph);
            }
            else
            {
                VerifyReadBack(graph, ExportReadBack.Read(exporter, ExportOutput.Bytes(exporter, graph)));
            }
        }));
    }

    [Theory]
    [MemberData(nameof(ExporterContractTests.Exporters), MemberType = typeof(ExporterContractTests))]
    public void TheSameGraphAlwaysGivesTheSameBytes(IGraphExporter exporter)
    {
        Check.One(Checks, Prop.ForAll(RandomGraphs.Arbitrary, (HostileGraph generated) =>
            Assert.Equal(ExportOutput.Bytes(exporter, generated.Graph), ExportOutput.Bytes(exporter, generated.Graph))));
    }

    /// <summary>
    /// Same nodes and edges in graph order, and every text as <see cref="XmlTextSanitizer"/> cleans it: the one rule
    /// all formats share, so a name reads the same in each. Texts that clean to nothing are absent. Event types and
    /// dates and evidence counts come back as written.
    /// </summary>
    private static void VerifyReadBack(EntityGraph graph, ReadBackGraph read)
    {
        Assert.Equal(graph.Vertices.Select(ExportIds.Node), read.Nodes.Select(node => node.Id));
        Assert.Equal(graph.Edges.Select(ExportIds.Edge), read.Edges.Select(edge => edge.Id));
        foreach (var (node, readNode) in graph.Vertices.Zip(read.Nodes))
        {
            Assert.Equal(XmlTextSanitizer.Clean(node.Name), readNode.Label);
            Assert.Equal(OptionalText.Clean(DisplayText.Aliases(node)), readNode.Aliases);
            Assert.Equal(OptionalText.Clean(node.Event?.EventType), readNode.EventType);
            Assert.Equal(node.Event?.DateText, readNode.EventDate);
        }

        foreach (var (edge, readEdge) in graph.Edges.Zip(read.Edges))
        {
            Assert.Equal(ExportIds.Node(edge.Source), readEdge.Source);
            Assert.Equal(ExportIds.Node(edge.Target), readEdge.Target);
            Assert.Equal(XmlTextSanitizer.Clean(DisplayText.EdgeLabel(edge)), readEdge.Label);
            Assert.Equal(OptionalText.Clean(edge.Evidence), readEdge.Evidence);
            Assert.Equal(edge.EvidenceCount, readEdge.EvidenceCount);
        }
    }
}
