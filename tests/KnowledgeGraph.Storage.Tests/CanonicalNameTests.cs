using Dapper;
using KnowledgeGraph.Core;

namespace KnowledgeGraph.Storage.Tests;

/// <summary>The stored name changes only when the GraphBuilder says a document names the entity more completely.</summary>
public sealed class CanonicalNameTests
{
    private static string NameOf(KnowledgeGraphStore store, long id) =>
        store.Connection.ExecuteScalar<string>("SELECT name FROM entities WHERE id = @id", new { id })!;

    [Fact]
    public void A_renamed_entity_takes_the_fuller_name_and_keeps_everything_else()
    {
        using var store = KnowledgeGraphStore.OpenInMemory();
        store.Write([new DocumentBuilder("a.txt", "Rubio spoke.").Entity(1, isNew: true, EntityKind.Person, "Rubio").Mention(1, "Rubio").Build()]);

        store.Write([new DocumentBuilder("b.txt", "Marco Rubio spoke again.")
            .RenamedEntity(1, EntityKind.Person, "Marco Rubio", "name:marco rubio", "name:rubio")
            .Mention(1, "Marco Rubio")
            .Build()]);

        Assert.Equal("Marco Rubio", NameOf(store, 1));
        Assert.Equal(
            [("Marco Rubio", 1L), ("Rubio", 1L)],
            store.Connection.Query<(string, long)>("SELECT alias, count FROM aliases WHERE entity_id = 1 ORDER BY alias"));
        Assert.Equal((2L, 2L), store.Connection.QuerySingle<(long, long)>("SELECT mention_count, document_count FROM entities WHERE id = 1"));
        Assert.Equal(1, Assert.Single(store.FindEntities("marco rubio")).Id);
        Assert.Equal("Marco Rubio", store.LoadEntityIndex().NameOf(1));
    }

    [Fact]
    public void An_existing_entity_that_is_not_renamed_keeps_its_stored_name()
    {
        using var store = KnowledgeGraphStore.OpenInMemory();
        store.Write([new DocumentBuilder("a.txt", "Marco Rubio spoke.").Entity(1, isNew: true, EntityKind.Person, "Marco Rubio").Mention(1, "Marco Rubio").Build()]);

        store.Write([new DocumentBuilder("b.txt", "Rubio spoke again.").Entity(1, isNew: false, EntityKind.Person, "Rubio").Mention(1, "Rubio").Build()]);

        Assert.Equal("Marco Rubio", NameOf(store, 1));
    }
}
