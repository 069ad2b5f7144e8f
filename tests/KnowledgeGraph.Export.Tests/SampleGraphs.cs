using KnowledgeGraph.Core;
using KnowledgeGraph.Core.Facts;
using KnowledgeGraph.Core.Graph;

namespace KnowledgeGraph.Export.Tests;

/// <summary>
/// Graph fixtures shared by the exporter tests. Each call builds a fresh graph, so no test can change another's.
/// </summary>
internal static class SampleGraphs
{
    /// <summary>The date <see cref="Small"/> gives its election: a day stated in the text.</summary>
    public static readonly FactDate ElectionDate = new(new DateOnly(2024, 7, 28), DatePrecision.Day);

    /// <summary>
    /// One entity of every kind, joined by typed edges: two parallel edges Rubio → UN of different kinds, one in the
    /// opposite direction, fractional and whole weights, evidence present and absent, evidence counts from 0 to 3.
    /// The event (node 4) has a type, a day and a place (Caracas).
    /// </summary>
    public static EntityGraph Small()
    {
        var rubio = Node(1, "Marco Rubio", EntityKind.Person, 12, 3, ("Rubio", 3), ("Marco Rubio", 9));
        var un = Node(2, "United Nations", EntityKind.Organization, 7, 2, ("United Nations", 4), ("UN", 3));
        var caracas = Node(3, "Caracas", EntityKind.Place, 4, 2, ("Caracas", 4));
        var election = Node(4, "Venezuelan presidential election", EntityKind.Event, 2, 1) with
        {
            Event = new EventFacts("election", ElectionDate, "text", caracas.Id),
        };
        var covid = Node(5, "COVID-19", EntityKind.Other, 1, 1, ("COVID-19", 1));

        var graph = new EntityGraph();
        foreach (var node in new[] { rubio, un, caracas, election, covid })
        {
            graph.AddVertex(node);
        }

        graph.AddEdge(new RelationEdge(10, rubio, un, RelationKinds.CoMention, null, 3, 2, "Rubio addressed the United Nations on Tuesday.", EvidenceCount: 3));
        graph.AddEdge(new RelationEdge(11, rubio, un, "spoke_at", "addressed", 1, 1, "Rubio addressed the United Nations on Tuesday.", EvidenceCount: 1));
        graph.AddEdge(new RelationEdge(12, un, rubio, "criticised", "criticised", 1, 1, null));
        graph.AddEdge(new RelationEdge(13, rubio, caracas, RelationKinds.CoMention, null, 0.5, 1, null));
        graph.AddEdge(new RelationEdge(14, election, caracas, "located_in", null, 2, 1, "The election was held in Caracas.", EvidenceCount: 2));
        graph.AddEdge(new RelationEdge(15, covid, election, RelationKinds.CoMention, null, 1.25, 1, "COVID-19 rules shaped the election.", EvidenceCount: 1));
        return graph;
    }

    /// <summary>The names in <see cref="NastyNames"/>, by node id, as they should read after export.</summary>
    public static IReadOnlyDictionary<long, string> NastyNamesAsExported { get; } = new Dictionary<long, string>
    {
        [1] = "Dwayne \"The Rock\" Johnson",
        [2] = "<script>alert('x')</script> & AT&T",
        [3] = "C:\\Users\\",
        [4] = "Line\nbreak\r\nand\rcarriage\treturn",
        [5] = "BellNullEscape",
        [6] = "Scientist 👩‍🔬 flag 🇺🇦",
        [7] = "محمد بن سلمان",
        [8] = "习近平",
        [9] = "Broken \uFFFD half",
        [10] = "\\N \\l \\G {x} [y]; a -> b // c /* d */ #e",
        [11] = "AT&amp;T &#65; &lt;",
    };

    /// <summary>
    /// Names that break naive writers: quotes, markup, trailing backslash, line breaks, control characters, emoji,
    /// right-to-left and CJK scripts, a lone surrogate, DOT escape sequences and HTML entities; plus a huge evidence
    /// sentence. Node ids match <see cref="NastyNamesAsExported"/>.
    /// </summary>
    public static EntityGraph NastyNames()
    {
        var raw = new Dictionary<long, string>(NastyNamesAsExported)
        {
            [5] = "Bell\u0007Null\u0000Escape\u001B",
            [9] = "Broken \uD800 half",
        };

        var kinds = Enum.GetValues<EntityKind>();
        var graph = new EntityGraph();
        var nodes = raw.OrderBy(pair => pair.Key)
            .Select(pair => Node(pair.Key, pair.Value, kinds[pair.Key % kinds.Length], (int)pair.Key, 1, (pair.Value, 2), ("alias \"" + pair.Key + "\\", 1)))
            .ToList();
        foreach (var node in nodes)
        {
            graph.AddVertex(node);
        }

        var hugeEvidence = string.Concat(Enumerable.Repeat("Very long \"evidence\" \\ sentence, ", 2_000)) + "\\";
        for (var i = 0; i + 1 < nodes.Count; i++)
        {
            var evidence = i == 0 ? hugeEvidence : nodes[i].Name + " met " + nodes[i + 1].Name + "\u0001.";
            graph.AddEdge(new RelationEdge(100 + i, nodes[i], nodes[i + 1], "kind \"" + i + "\"\\", nodes[i + 1].Name, i + 0.5, 1, evidence));
        }

        return graph;
    }

    /// <summary>
    /// Four events and what the exports must make of them: a month worked out from other articles ("inferred"), a
    /// year stated with no type, a type with no date, and an event the <c>events</c> table has no row for.
    /// </summary>
    public static EntityGraph Events()
    {
        var graph = new EntityGraph();
        graph.AddVertex(EventNode(1, "Harbour summit", new EventFacts("summit", new FactDate(new DateOnly(2023, 11, 1), DatePrecision.Month), "inferred", null)));
        graph.AddVertex(EventNode(2, "Dock strike", new EventFacts(null, new FactDate(new DateOnly(2019, 1, 1), DatePrecision.Year), "text", null)));
        graph.AddVertex(EventNode(3, "Protest march", new EventFacts("protest", null, null, null)));
        graph.AddVertex(EventNode(4, "Cold War", null));
        return graph;
    }

    public static EntityNode EventNode(long id, string name, EventFacts? facts) =>
        Node(id, name, EntityKind.Event, 1, 1) with { Event = facts };

    public static EntityNode Node(long id, string name, EntityKind kind, int mentions, int documents, params (string Alias, int Count)[] aliases) =>
        new(id, name, kind, mentions, documents, aliases.Select(alias => new AliasCount(alias.Alias, alias.Count)).ToList());
}
