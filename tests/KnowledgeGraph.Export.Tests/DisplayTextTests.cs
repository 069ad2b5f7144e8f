using KnowledgeGraph.Core;
using KnowledgeGraph.Core.Graph;

namespace KnowledgeGraph.Export.Tests;

public class DisplayTextTests
{
    [Fact]
    public void AliasesAreMostFrequentFirstAndKeepOrderOnTies()
    {
        var node = SampleGraphs.Node(1, "Marco Rubio", EntityKind.Person, 1, 1, ("Rubio", 3), ("Marco Rubio", 9), ("Sen. Rubio", 3));

        Assert.Equal("Marco Rubio | Rubio | Sen. Rubio", DisplayText.Aliases(node));
    }

    [Fact]
    public void NoAliasesGiveEmptyText()
    {
        Assert.Equal(string.Empty, DisplayText.Aliases(SampleGraphs.Node(1, "X", EntityKind.Other, 1, 1)));
    }

    [Theory]
    [InlineData("minister of", "minister of")]
    [InlineData(null, "co_mention")]
    [InlineData("", "co_mention")]
    [InlineData("  ", "co_mention")]
    public void EdgeLabelFallsBackToKind(string? label, string expected)
    {
        var a = SampleGraphs.Node(1, "A", EntityKind.Person, 1, 1);
        var b = SampleGraphs.Node(2, "B", EntityKind.Person, 1, 1);

        Assert.Equal(expected, DisplayText.EdgeLabel(new RelationEdge(1, a, b, "co_mention", label, 1, 1, null)));
    }
}
