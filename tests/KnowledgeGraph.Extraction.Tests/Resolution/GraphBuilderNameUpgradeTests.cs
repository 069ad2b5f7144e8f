using KnowledgeGraph.Core;
using KnowledgeGraph.Core.Resolution;
using KnowledgeGraph.Extraction.Resolution;

namespace KnowledgeGraph.Extraction.Tests.Resolution;

/// <summary>An entity already in the graph takes the more complete name a later article gives it.</summary>
public sealed class GraphBuilderNameUpgradeTests
{
    private readonly InMemoryEntityIndex _index = new();
    private readonly GraphBuilder _builder;
    private readonly long _fuente;

    public GraphBuilderNameUpgradeTests()
    {
        _builder = new GraphBuilder(_index);
        var first = _builder.Resolve(new HandMadeArticle("first", "Ramón de la Fuente met reporters. Later de la Fuente declined to comment.")
            .Entity(EntityKind.Person, "Ramón de la Fuente", "de la Fuente").Build());
        _fuente = Assert.Single(first.Entities).Id;
    }

    [Fact]
    public void A_fuller_name_that_ends_with_the_stored_one_replaces_it()
    {
        var fuente = ResolveFullName();

        Assert.Equal(_fuente, fuente.Id);
        Assert.True(fuente.IsRenamed);
        Assert.Equal("Juan Ramón de la Fuente", fuente.Name);
        Assert.Equal("Juan Ramón de la Fuente", _index.NameOf(_fuente));
        Assert.Equal([_fuente], _index.Find("name:juan ramon de la fuente"));
    }

    [Fact]
    public void A_shorter_name_later_leaves_the_fuller_one()
    {
        ResolveFullName();

        var third = _builder.Resolve(new HandMadeArticle("third", "Ramón de la Fuente was back in Lima.")
            .Entity(EntityKind.Person, "Ramón de la Fuente").Build());

        var fuente = Assert.Single(third.Entities);
        Assert.Equal(_fuente, fuente.Id);
        Assert.False(fuente.IsRenamed);
        Assert.Equal("Juan Ramón de la Fuente", fuente.Name);
    }

    [Fact]
    public void A_fuller_name_printed_in_capitals_is_not_taken()
    {
        var dateline = _builder.Resolve(new HandMadeArticle("dateline", "JUAN RAMÓN DE LA FUENTE IN LIMA. De la Fuente spoke.")
            .Entity(EntityKind.Person, "JUAN RAMÓN DE LA FUENTE", "De la Fuente").Build());

        var fuente = Assert.Single(dateline.Entities);
        Assert.Equal(_fuente, fuente.Id);
        Assert.False(fuente.IsRenamed);
        Assert.Equal("Ramón de la Fuente", _index.NameOf(_fuente));
    }

    [Fact]
    public void An_entity_the_index_has_no_name_for_is_not_renamed()
    {
        var index = new InMemoryEntityIndex();
        index.Add("name:rubio", 9);

        var resolved = new GraphBuilder(index).Resolve(new HandMadeArticle("rubio", "Marco Rubio spoke.")
            .EntityWithKeys(EntityKind.Person, "Marco Rubio", ["name:marco rubio", "name:rubio"], 2).Build());

        var rubio = Assert.Single(resolved.Entities);
        Assert.Equal(9, rubio.Id);
        Assert.False(rubio.IsRenamed);
    }

    private ResolvedEntity ResolveFullName() => Assert.Single(_builder.Resolve(
        new HandMadeArticle("second", "Juan Ramón de la Fuente spoke first. De la Fuente then left for Lima.")
            .Entity(EntityKind.Person, "Juan Ramón de la Fuente", "De la Fuente").Build()).Entities);
}
