using KnowledgeGraph.Core.Graph.Views;
using static KnowledgeGraph.Core.Tests.Graph.Views.ViewGraphs;

namespace KnowledgeGraph.Core.Tests.Graph.Views;

public class EntityNameLookupTests
{
    [Theory]
    [InlineData("Marco Rubio", 1)]
    [InlineData("  Marco Rubio ", 1)]
    [InlineData("Secretary Rubio", 1)]
    [InlineData("marco rubio", 1)]
    [InlineData("MARCO   RUBIO", 1)]
    [InlineData("Mexico", 5)]
    [InlineData("mexico", 5)]
    [InlineData("MÉXICO", 5)]
    [InlineData("sheinbaum", 4)]
    [InlineData("#3", 3)]
    public void FindsTheEntityByNameAliasOrId(string name, long id)
    {
        Assert.Equal(id, Assert.Single(EntityNameLookup.Find(News().Vertices, name)).Id);
    }

    [Fact]
    public void AnExactMatchWinsOverAFoldedOne()
    {
        // "rubio" folds to an alias of Marco Rubio, but the entity named exactly "rubio" is the one meant.
        var rubio = Node(1, "Marco Rubio", aliases: "Rubio");
        var lowerCase = Node(2, "rubio", EntityKind.Other);

        Assert.Equal(2, Assert.Single(EntityNameLookup.Find([rubio, lowerCase], "rubio")).Id);
        Assert.Equal(1, Assert.Single(EntityNameLookup.Find([rubio, lowerCase], "Rubio")).Id);
    }

    [Fact]
    public void ACanonicalNameWinsOverAnAlias()
    {
        var city = Node(1, "Washington", EntityKind.Place);
        var country = Node(2, "United States", EntityKind.Place, aliases: "Washington");

        Assert.Equal(1, Assert.Single(EntityNameLookup.Find([city, country], "Washington")).Id);
    }

    [Fact]
    public void ASharedNameGivesEveryEntityThatHasIt()
    {
        var city = Node(1, "Washington", EntityKind.Place);
        var person = Node(2, "Washington", EntityKind.Person);

        Assert.Equal([1, 2], EntityNameLookup.Find([city, person], "washington").Select(node => node.Id));
    }

    [Theory]
    [InlineData("Jane Doe")]
    [InlineData("")]
    [InlineData("#99")]
    [InlineData("#x")]
    public void AnUnknownNameFindsNothing(string name)
    {
        Assert.Empty(EntityNameLookup.Find(News().Vertices, name));
    }

    [Fact]
    public void SuggestionsContainTheNameOrOneOfItsWordsMostMentionedFirst()
    {
        Assert.Equal(["Marco Rubio"], EntityNameLookup.Suggest(News().Vertices, "rubi").Select(node => node.Name));
        Assert.Equal(["Marco Rubio", "Claudia Sheinbaum"], EntityNameLookup.Suggest(News().Vertices, "Claudia Rubio").Select(node => node.Name));
        Assert.Empty(EntityNameLookup.Suggest(News().Vertices, "Zed"));
    }

    [Fact]
    public void EqualMentionsAreSuggestedBySmallerIdFirst()
    {
        var nodes = new[] { Node(7, "Ana Ruiz", mentions: 2), Node(3, "Luis Ruiz", mentions: 2), Node(5, "Eva Ruiz", mentions: 4) };

        Assert.Equal([5, 3, 7], EntityNameLookup.Suggest(nodes, "ruiz").Select(node => node.Id));
    }
}
