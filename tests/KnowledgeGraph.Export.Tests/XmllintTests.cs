using FsCheck.Fluent;
using KnowledgeGraph.Core.Graph;

namespace KnowledgeGraph.Export.Tests;

/// <summary>
/// libxml2, the parser behind most non-.NET tools (Gephi's Java readers aside), finds both XML exports well-formed:
/// for the fixtures and for random hostile graphs, so .NET's writer and reader cannot agree on a mistake unnoticed.
/// </summary>
public class XmllintTests
{
    /// <summary>As many graphs as the property tests push through the .NET reader; one xmllint run reads them all.</summary>
    private const int HostileGraphsPerFormat = 100;

    private static readonly IGraphExporter[] XmlExporters = [new GraphMLExporter(), new GexfExporter()];

    [XmllintFact]
    public void BothXmlExportsOfTheSampleAndNastyGraphsAreWellFormed()
    {
        AssertWellFormed([("the small graph", SampleGraphs.Small()), ("the dated graph", DatedSampleGraphs.Small()), ("the nasty names", SampleGraphs.NastyNames())]);
    }

    [XmllintFact]
    public void BothXmlExportsOfAnyHostileGraphAreWellFormed()
    {
        AssertWellFormed(RandomGraphs.Arbitrary.Generator.Sample(HostileGraphsPerFormat).Select(generated => (generated.ToString(), generated.Graph)).ToList());
    }

    /// <summary>One xmllint run per format over all <paramref name="graphs"/>; a failure names the graph and quotes xmllint.</summary>
    private static void AssertWellFormed(IReadOnlyList<(string Description, EntityGraph Graph)> graphs)
    {
        foreach (var exporter in XmlExporters)
        {
            var complaints = Xmllint.Complaints(graphs.Select(graph => ExportOutput.Bytes(exporter, graph.Graph)).ToList(), exporter.FileExtension);

            Assert.True(
                complaints.Count == 0,
                string.Join("\n", complaints.Select(complaint => $"{exporter.FormatName} of {(complaint.Key >= 0 ? graphs[complaint.Key].Description : "one of the graphs")}:\n{complaint.Value}")));
        }
    }
}
