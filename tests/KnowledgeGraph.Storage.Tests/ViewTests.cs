using Dapper;

namespace KnowledgeGraph.Storage.Tests;

/// <summary>The views are how users write short queries by hand; these are the queries a user would write.</summary>
public sealed class ViewTests
{
    [Fact]
    public void Relation_view_names_both_ends()
    {
        using var store = KnowledgeGraphStore.OpenInMemory();
        store.Write([SampleNews.Bridge(), SampleNews.School()]);

        var rows = store.Connection.Query<(string Source, string SourceKind, string Target, string TargetKind, string Kind, string? Label, double Weight, int Documents)>(
            """
            SELECT source_name, source_kind, target_name, target_kind, kind, label, weight, document_count
            FROM relation_view ORDER BY id
            """).ToArray();

        Assert.Equal(
            [
                ("Ilse Varga", "person", "Port Elling", "place", "co_mention", null, 1.0, 1),
                ("Ilse Varga", "person", "Kessler Foundation", "organization", "co_mention", null, 2.0, 2),
                ("Ilse Varga", "person", "Tomas Brandt", "person", "co_mention", null, 1.0, 1),
                ("Tomas Brandt", "person", "Kessler Foundation", "organization", "member_of", "director", 1.0, 1),
            ],
            rows);
    }

    [Fact]
    public void Evidence_view_gives_the_supporting_sentences()
    {
        using var store = KnowledgeGraphStore.OpenInMemory();
        store.Write([SampleNews.Bridge(), SampleNews.School()]);

        var rows = store.Connection.Query<(string Source, string Target, string Path, string Text)>(
            """
            SELECT source_name, target_name, document_path, text
            FROM evidence_view
            WHERE source_name = 'Ilse Varga' AND target_name = 'Kessler Foundation'
            ORDER BY document_id
            """).ToArray();

        Assert.Equal(
            [
                ("Ilse Varga", "Kessler Foundation", "news/bridge.txt", "Varga thanked the Kessler Foundation for its support."),
                ("Ilse Varga", "Kessler Foundation", "news/school.md", "Ilse Varga met Kessler Foundation director Tomas Brandt in Port Elling."),
            ],
            rows);
    }

    [Fact]
    public void Mention_view_names_the_entity_and_the_document()
    {
        using var store = KnowledgeGraphStore.OpenInMemory();
        store.Write([SampleNews.Bridge(), SampleNews.School()]);

        var rows = store.Connection.Query<(string Title, int Sentence, string Text)>(
            """
            SELECT document_title, sentence, text
            FROM mention_view
            WHERE entity_name = 'Tomas Brandt' AND entity_kind = 'person'
            ORDER BY document_id, start
            """).ToArray();

        Assert.Equal([("A school for Port Elling", 0, "Tomas Brandt"), ("A school for Port Elling", 1, "Brandt")], rows);
    }

    [Fact]
    public void Aliases_can_be_looked_up_without_regard_to_case()
    {
        using var store = KnowledgeGraphStore.OpenInMemory();
        store.Write([SampleNews.Bridge()]);

        var entity = store.Connection.ExecuteScalar<string>(
            "SELECT e.name FROM aliases a JOIN entities e ON e.id = a.entity_id WHERE a.alias = 'VARGA' COLLATE NOCASE");

        Assert.Equal("Ilse Varga", entity);
    }
}
