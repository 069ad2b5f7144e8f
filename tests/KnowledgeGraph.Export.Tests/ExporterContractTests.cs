using System.Text;

namespace KnowledgeGraph.Export.Tests;

/// <summary>What every exporter promises, whatever its format: same graph, same bytes; plain UTF-8; the stream left open.</summary>
public class ExporterContractTests
{
    public static TheoryData<IGraphExporter> Exporters => [new GraphMLExporter(), new DotExporter()];

    [Theory]
    [MemberData(nameof(Exporters))]
    public void IsDeterministic(IGraphExporter exporter)
    {
        Assert.Equal(ExportOutput.Bytes(exporter, SampleGraphs.Small()), ExportOutput.Bytes(exporter, SampleGraphs.Small()));
        Assert.Equal(ExportOutput.Bytes(exporter, SampleGraphs.NastyNames()), ExportOutput.Bytes(exporter, SampleGraphs.NastyNames()));
    }

    [Theory]
    [MemberData(nameof(Exporters))]
    public void WritesUtf8WithoutByteOrderMarkAndWithUnixLineEnds(IGraphExporter exporter)
    {
        var bytes = ExportOutput.Bytes(exporter, SampleGraphs.NastyNames());

        Assert.False(bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble), "no byte-order mark");
        Assert.DoesNotContain((byte)'\r', bytes);
        Assert.Equal(bytes, Encoding.UTF8.GetBytes(new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes)));
    }

    [Theory]
    [MemberData(nameof(Exporters))]
    public void LeavesTheStreamOpen(IGraphExporter exporter)
    {
        using var stream = new MemoryStream();
        exporter.Write(SampleGraphs.Small(), stream);

        Assert.True(stream.CanWrite);
    }
}
