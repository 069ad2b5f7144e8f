using System.Xml.Linq;
using KnowledgeGraph.Cli.Tests.Support;

namespace KnowledgeGraph.Cli.Tests;

/// <summary><c>kg export</c> to GEXF, end to end: from an article's publication date to a spell on its entities.</summary>
[Collection(nameof(ConsoleCollection))]
public sealed class GexfExportTests
{
    private static readonly XNamespace Gexf = "http://gexf.net/1.3";

    [Fact]
    public void An_output_file_ending_in_gexf_gets_a_dynamic_graph_dated_by_the_articles()
    {
        using var directory = new TemporaryDirectory();
        var database = IngestDatedArticle(directory);

        var (exit, _, errors) = ConsoleCapture.Run("export", "--db", database, "--output", directory.File("graph.gexf"));

        Assert.Equal(0, exit);
        Assert.Contains("Wrote GEXF", errors);
        var graph = XDocument.Load(directory.File("graph.gexf")).Root!.Element(Gexf + "graph")!;
        Assert.Equal("dynamic", (string?)graph.Attribute("mode"));
        var vos = graph.Descendants(Gexf + "node").Single(node => (string?)node.Attribute("label") == "Marleen Vos");
        var spell = vos.Element(Gexf + "spells")!.Element(Gexf + "spell")!;
        Assert.Equal(("2025-03-04", "2025-03-04"), ((string?)spell.Attribute("start"), (string?)spell.Attribute("end")));
    }

    [Fact]
    public void Without_a_format_the_error_names_the_gexf_extension()
    {
        using var directory = new TemporaryDirectory();
        var database = IngestDatedArticle(directory);

        var (exit, _, errors) = ConsoleCapture.Run("export", "--db", database, "--output", directory.File("graph.txt"));

        Assert.NotEqual(0, exit);
        Assert.Contains(".gexf", errors);
    }

    /// <summary>Ingests one Markdown article published on 2025-03-04 into a new database and returns its path.</summary>
    private static string IngestDatedArticle(TemporaryDirectory directory)
    {
        var articles = Path.Combine(directory.Path, "articles");
        Directory.CreateDirectory(articles);
        File.WriteAllText(
            Path.Combine(articles, "harbour.md"),
            "---\ntitle: Harbour strike spreads\ndate: 2025-03-04\n---\n\nUnion leader Marleen Vos said on Monday that dockers in Rotterdam would stay out. Vos met Transport Minister Joost Peeters in The Hague.\n");
        var database = directory.File("graph.db");
        Assert.Equal(0, ConsoleCapture.Run("ingest", articles, "--db", database).Exit);
        return database;
    }
}
