using Dapper;
using KnowledgeGraph.Core;
using KnowledgeGraph.Core.Graph;

namespace KnowledgeGraph.Storage.Tests;

/// <summary>
/// The graph's first and last seen dates: the earliest and latest <c>documents.published</c> among the documents
/// that mention an entity or supply a relation's evidence, null when none of them is dated. The samples are Bridge
/// (2031-04-08), School (undated) and Café (2031-05-01).
/// </summary>
public sealed class FirstAndLastSeenTests
{
    private static readonly DateOnly BridgeDay = new(2031, 4, 8);
    private static readonly DateOnly CafeDay = new(2031, 5, 1);

    [Fact]
    public void An_entity_spans_the_dates_of_the_documents_that_mention_it()
    {
        using var store = KnowledgeGraphStore.OpenInMemory();
        store.Write([SampleNews.Bridge(), SampleNews.School(), SampleNews.Cafe()]);

        var nodes = store.LoadGraph().Vertices.ToDictionary(node => node.Id);

        Assert.Equal((BridgeDay, CafeDay), Seen(nodes[SampleNews.Varga]));
        Assert.Equal((BridgeDay, BridgeDay), Seen(nodes[SampleNews.Kessler]));
        Assert.Equal((CafeDay, CafeDay), Seen(nodes[SampleNews.Angstrom]));
    }

    [Fact]
    public void An_entity_named_only_in_undated_documents_has_no_dates()
    {
        using var store = KnowledgeGraphStore.OpenInMemory();
        store.Write([SampleNews.Bridge(), SampleNews.School(), SampleNews.Cafe()]);

        var brandt = store.LoadGraph().Vertices.Single(node => node.Id == SampleNews.Brandt);

        Assert.Equal((null, null), Seen(brandt));
    }

    [Fact]
    public void A_relation_spans_the_dates_of_the_documents_that_supply_its_evidence()
    {
        using var store = KnowledgeGraphStore.OpenInMemory();
        var later = new DocumentBuilder(
                "news/later.txt", "Varga praised the Kessler Foundation again.", new DateOnly(2031, 6, 2))
            .Entity(SampleNews.Varga, isNew: false, EntityKind.Person, "Ilse Varga", "ilse varga", "varga")
            .Entity(SampleNews.Kessler, isNew: false, EntityKind.Organization, "Kessler Foundation")
            .Mention(SampleNews.Varga, "Varga")
            .Mention(SampleNews.Kessler, "Kessler Foundation")
            .CoMention(SampleNews.Varga, SampleNews.Kessler, 0)
            .Build();
        store.Write([SampleNews.Bridge(), SampleNews.School(), SampleNews.Cafe(), later]);

        var edges = store.LoadGraph().Edges.ToList();

        // Bridge, School (undated) and the later article support Varga and the Kessler Foundation.
        Assert.Equal((BridgeDay, new DateOnly(2031, 6, 2)), Seen(Between(edges, SampleNews.Varga, SampleNews.Kessler)));
        Assert.Equal((CafeDay, CafeDay), Seen(Between(edges, SampleNews.Angstrom, SampleNews.Norrebro)));
        Assert.Equal((null, null), Seen(Between(edges, SampleNews.Brandt, SampleNews.Kessler)));
    }

    [Fact]
    public void A_store_without_dated_documents_gives_a_graph_without_dates()
    {
        using var store = KnowledgeGraphStore.OpenInMemory();
        var undated = new DocumentBuilder("news/undated.txt", "Tomas Brandt joined the Kessler Foundation.")
            .Entity(1, isNew: true, EntityKind.Person, "Tomas Brandt")
            .Entity(2, isNew: true, EntityKind.Organization, "Kessler Foundation")
            .Mention(1, "Tomas Brandt")
            .Mention(2, "Kessler Foundation")
            .Relation(1, 2, "member_of", null, 0)
            .Build();
        store.Write([undated]);

        var graph = store.LoadGraph();

        Assert.Equal((2, 1), (graph.VertexCount, graph.EdgeCount));
        Assert.All(graph.Vertices, node => Assert.Equal((null, null), Seen(node)));
        Assert.All(graph.Edges, edge => Assert.Equal((null, null), Seen(edge)));
    }

    private static RelationEdge Between(IEnumerable<RelationEdge> edges, long source, long target) =>
        edges.Single(edge => edge.Source.Id == source && edge.Target.Id == target);

    private static (DateOnly?, DateOnly?) Seen(EntityNode node) => (node.FirstSeen, node.LastSeen);

    private static (DateOnly?, DateOnly?) Seen(RelationEdge edge) => (edge.FirstSeen, edge.LastSeen);

    [Theory]
    [InlineData("2031-04-08T10:00:00Z", "2031-04-08")]
    [InlineData("8 April 2031", null)]
    [InlineData("", null)]
    public void A_hand_edited_publication_date_gives_its_day_or_counts_as_unknown(string published, string? expected)
    {
        using var store = KnowledgeGraphStore.OpenInMemory();
        store.Write([SampleNews.Bridge()]);
        store.Connection.Execute("UPDATE documents SET published = @published", new { published });

        var varga = store.LoadGraph().Vertices.Single(node => node.Id == SampleNews.Varga);

        Assert.Equal(expected is null ? null : DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), varga.FirstSeen);
    }
}
