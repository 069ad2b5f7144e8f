using KnowledgeGraph.Cli.Pipeline;
using KnowledgeGraph.Cli.Tests.Support;
using KnowledgeGraph.Export.Tests;
using KnowledgeGraph.Storage;
using Microsoft.Data.Sqlite;
using Xunit.Abstractions;

namespace KnowledgeGraph.Cli.Tests;

/// <summary>End to end on the real seed articles: the database they give and the files exported from it.</summary>
public sealed class SeedIngestTests(SeedDatabaseFixture seeds, ITestOutputHelper output) : IClassFixture<SeedDatabaseFixture>
{
    /// <summary>
    /// Share of the gold standard's must-find entities that must be present with the right kind. Issue #2 asked for
    /// 0.6; the baseline measures 25/26, so the floor sits just under that to catch regressions.
    /// </summary>
    private const double RequiredMustFindRecall = 0.9;

    [SharedDataFact]
    public void Stores_the_five_seed_articles()
    {
        Assert.Equal(5, seeds.Summary!.DocumentsAdded);
        Assert.DoesNotContain(seeds.Summary.Problems, p => p.Skipped);
        Assert.Equal(5, Scalar("SELECT count(*) FROM documents"));
    }

    [SharedDataFact]
    public void Every_mention_offset_selects_its_text_in_sqlite()
    {
        Assert.True(Scalar("SELECT count(*) FROM mentions") > 100);
        Assert.Equal(0, Scalar("""
            SELECT count(*) FROM mentions m JOIN documents d ON d.id = m.document_id
            WHERE substr(d.text, m.start + 1, m."end" - m.start) <> m.text
            """));
    }

    [SharedDataFact]
    public void Every_evidence_span_is_a_sentence_naming_both_ends()
    {
        using var connection = seeds.OpenReadOnly();
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT e.document_id, e.start, e."end", r.source_id, r.target_id FROM evidence e JOIN relations r ON r.id = e.relation_id
            WHERE r.kind NOT IN ('participant_in', 'took_place_in', 'author_of', 'located_in', 'holds_position', 'leads')
            """;
        using var reader = command.ExecuteReader();
        var checkedRows = 0;
        while (reader.Read())
        {
            var (document, start, end) = (reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2));
            foreach (var entity in new[] { reader.GetInt64(3), reader.GetInt64(4) })
            {
                Assert.True(
                    Scalar($"SELECT count(*) FROM mentions WHERE document_id = {document} AND entity_id = {entity} AND start >= {start} AND \"end\" <= {end}") > 0,
                    $"evidence [{start},{end}) of document {document} does not name entity {entity}");
            }

            checkedRows++;
        }

        Assert.True(checkedRows > 50);
    }

    [SharedDataFact]
    public void Evidence_of_events_offices_bylines_and_containment_names_the_entity_it_is_about()
    {
        // An event is named by its first trigger only and an article node not at all; a city's country may come from the
        // gazetteer and an office's country from a demonym ("Mexican President"). So only one end is checked: the
        // participant, the place of took_place_in, the author, the contained place, the office holder.
        using var connection = seeds.OpenReadOnly();
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT e.document_id, e.start, e."end", CASE r.kind WHEN 'took_place_in' THEN r.target_id ELSE r.source_id END
            FROM evidence e JOIN relations r ON r.id = e.relation_id
            WHERE r.kind IN ('participant_in', 'took_place_in', 'author_of', 'located_in', 'holds_position', 'leads')
            """;
        using var reader = command.ExecuteReader();
        var named = 0;
        var total = 0;
        while (reader.Read())
        {
            var (document, start, end, entity) = (reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3));
            total++;
            if (Scalar($"SELECT count(*) FROM mentions WHERE document_id = {document} AND entity_id = {entity} AND start >= {start} AND \"end\" <= {end}") > 0)
            {
                named++;
            }
        }

        // A participant the text names only by pronoun keeps all the event's sentences, which need not name it.
        Assert.True(total > 10 && named >= 0.8 * total, $"{named} of {total} evidence sentences name their entity");
    }

    [SharedDataFact]
    public void Ingesting_the_same_articles_again_changes_nothing()
    {
        var before = Counts();
        using (var store = KnowledgeGraphStore.Open(seeds.DatabasePath))
        {
            var again = IngestService.CreateDefault().Ingest([RepositoryLayout.Seeds], store, new SilentProgress());
            Assert.Equal(0, again.DocumentsAdded);
            Assert.Equal(5, again.DocumentsAlreadyStored);
        }

        Assert.Equal(before, Counts());
    }

    [SharedDataFact]
    public void Finds_most_must_find_gold_entities_with_the_right_kind()
    {
        var gold = GoldStandard.LoadEntities(RepositoryLayout.Gold).Where(e => e.MustFind).ToList();
        var found = new List<string>();
        var missing = new List<string>();
        foreach (var entity in gold)
        {
            var aliases = string.Join(",", entity.Aliases.Select((_, i) => $"$a{i}"));
            using var connection = seeds.OpenReadOnly();
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT count(*) FROM aliases a JOIN entities e ON e.id = a.entity_id WHERE e.kind = $kind AND a.alias IN ({aliases})";
            command.Parameters.AddWithValue("$kind", entity.Type);
            for (var i = 0; i < entity.Aliases.Count; i++)
            {
                command.Parameters.AddWithValue($"$a{i}", entity.Aliases[i]);
            }

            ((long)command.ExecuteScalar()! > 0 ? found : missing).Add($"{entity.Id} ({entity.Type})");
        }

        var recall = (double)found.Count / gold.Count;
        output.WriteLine($"must-find recall with kind: {found.Count}/{gold.Count} = {recall:P0}");
        output.WriteLine($"missing: {string.Join(", ", missing)}");
        Assert.True(recall >= RequiredMustFindRecall, $"recall {recall:P0} below {RequiredMustFindRecall:P0}; missing: {string.Join(", ", missing)}");
    }

    [ToolFact("networkx", NeedsSharedData = true)]
    public void Networkx_reads_the_graphml_with_label_and_kind_on_every_node()
    {
        const string script = """
            import sys, networkx as nx
            g = nx.read_graphml(sys.argv[1])
            assert g.number_of_nodes() > 0, "no nodes"
            bad = [n for n, d in g.nodes(data=True) if not d.get("label") or d.get("kind") not in ("person", "organization", "place", "event", "other")]
            assert not bad, f"nodes without label or kind: {bad[:5]}"
            weights = [d.get("weight") for _, _, d in g.edges(data=True)]
            assert weights and all(isinstance(w, float) for w in weights), "edge weights must be numbers"
            print(g.number_of_nodes(), g.number_of_edges())
            """;
        var result = ExternalProgram.Run(Python.Importing("networkx")!, ["-c", script, seeds.GraphMLPath]);
        Assert.True(result.ExitCode == 0, result.Error);
        output.WriteLine($"networkx nodes and edges: {result.Output}");
    }

    [ToolFact("dot", NeedsSharedData = true)]
    public void Graphviz_renders_the_dot_file_without_warnings()
    {
        var result = ExternalProgram.Run(ExternalProgram.FindOnPath("dot")!, ["-Tsvg", "-o", "/dev/null", seeds.DotPath]);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Error.Trim());
    }

    private (long, long, long, long, long) Counts() => (
        Scalar("SELECT count(*) FROM documents"),
        Scalar("SELECT count(*) FROM entities"),
        Scalar("SELECT count(*) FROM mentions"),
        Scalar("SELECT count(*) FROM relations"),
        Scalar("SELECT sum(weight) FROM relations"));

    private long Scalar(string sql)
    {
        using var connection = seeds.OpenReadOnly();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
