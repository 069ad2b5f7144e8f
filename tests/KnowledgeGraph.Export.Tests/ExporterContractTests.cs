using System.Globalization;
using System.Text;

namespace KnowledgeGraph.Export.Tests;

/// <summary>
/// What every exporter promises, whatever its format: same graph, same bytes, whatever the current culture; plain
/// UTF-8; the stream left open.
/// </summary>
public class ExporterContractTests
{
    public static TheoryData<IGraphExporter> Exporters => [new GraphMLExporter(), new DotExporter(), new JsonGraphExporter(), new GexfExporter()];

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

    [Theory]
    [MemberData(nameof(Exporters))]
    public void NumbersIgnoreTheCurrentCulture(IGraphExporter exporter)
    {
        // InvariantGlobalization is on, so the comma culture is built by hand; Small has the weights 0.5 and 1.25.
        var commaCulture = (CultureInfo)CultureInfo.InvariantCulture.Clone();
        commaCulture.NumberFormat.NumberDecimalSeparator = ",";
        var before = CultureInfo.CurrentCulture;
        byte[] underComma;
        try
        {
            CultureInfo.CurrentCulture = commaCulture;
            underComma = ExportOutput.Bytes(exporter, SampleGraphs.Small());
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }

        Assert.Equal(ExportOutput.Bytes(exporter, SampleGraphs.Small()), underComma);
    }
}
