using KnowledgeGraph.Cli.Tests.Support;
using Xunit.Abstractions;

namespace KnowledgeGraph.Cli.Tests.Resolution;

/// <summary>
/// Issue #4's resolution bars on the seed articles, scored against the gold standard by <see cref="ResolutionScorer"/>
/// (which says how each figure is counted). Each test prints its figure and what cost points.
/// </summary>
public sealed class SeedResolutionTests(SeedDatabaseFixture seeds, ITestOutputHelper output) : IClassFixture<SeedDatabaseFixture>
{
    private const double RequiredMustFindRecall = 0.9;
    private const double RequiredMergedShare = 0.95;
    private const double RequiredPrecision = 0.85;

    [SharedDataFact]
    public void Finds_at_least_90_percent_of_must_find_entities_with_their_kind()
    {
        var score = Score();
        output.WriteLine($"must-find recall: {score.MustFindRecall}");
        Print("missing", score.MissingMustFind.Select(e => $"{e.Id} ({e.Type}) [{string.Join(" | ", e.Aliases)}]"));
        Assert.True(score.MustFindRecall.Value >= RequiredMustFindRecall, $"must-find recall {score.MustFindRecall} below {RequiredMustFindRecall:P0}");
    }

    [SharedDataFact]
    public void Keeps_at_least_95_percent_of_found_must_find_entities_on_one_node()
    {
        var score = Score();
        output.WriteLine($"merged, must-find: {score.MergedMustFind}");
        output.WriteLine($"merged, all found: {score.MergedAll}");
        Print("split", score.Split);
        Assert.True(score.MergedMustFind.Value >= RequiredMergedShare, $"merged {score.MergedMustFind} below {RequiredMergedShare:P0}");
    }

    [SharedDataFact]
    public void No_node_joins_two_gold_entities()
    {
        var score = Score();
        output.WriteLine($"nodes joining two or more gold entities: {score.WrongMerges.Count}");
        Print("wrongly merged", score.WrongMerges);
        Assert.Empty(score.WrongMerges);
    }

    [SharedDataFact]
    public void At_least_85_percent_of_person_organization_and_place_nodes_match_a_gold_form()
    {
        var score = Score();
        output.WriteLine($"person/organization/place nodes matching a gold alias: {score.Precision}");
        Print("not matching", score.UnmatchedNodes.Select(n => $"{n} mentions [{string.Join(" | ", n.MentionTexts.Distinct())}]"));
        Assert.True(score.Precision.Value >= RequiredPrecision, $"precision {score.Precision} below {RequiredPrecision:P0}");
    }

    private ResolutionScore Score()
    {
        using var connection = seeds.OpenReadOnly();
        return ResolutionScorer.Score(GoldStandard.LoadEntities(RepositoryLayout.Gold), GraphNodeQuery.Load(connection));
    }

    private void Print<T>(string heading, IEnumerable<T> items)
    {
        var list = items.ToList();
        output.WriteLine($"{heading} ({list.Count}):");
        foreach (var item in list)
        {
            output.WriteLine($"  {item}");
        }
    }
}
