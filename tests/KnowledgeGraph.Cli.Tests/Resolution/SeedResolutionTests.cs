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
    private const int AllowedWrongMerges = 0;
    private const double RequiredPrecision = 0.85;

    [SharedDataFact]
    public void Finds_at_least_90_percent_of_must_find_entities_with_their_kind()
    {
        Bars.MustFindRecall(Score(), RequiredMustFindRecall);
    }

    [SharedDataFact]
    public void Keeps_at_least_95_percent_of_found_must_find_entities_on_one_node()
    {
        Bars.Merged(Score(), RequiredMergedShare);
    }

    [SharedDataFact]
    public void No_node_joins_two_gold_entities()
    {
        Bars.WrongMerges(Score(), AllowedWrongMerges);
    }

    [SharedDataFact]
    public void At_least_85_percent_of_person_organization_and_place_nodes_match_a_gold_form()
    {
        Bars.Precision(Score(), RequiredPrecision);
    }

    private ResolutionBars Bars => new(output);

    private ResolutionScore Score()
    {
        using var connection = seeds.OpenReadOnly();
        return ResolutionScorer.Score(GoldStandard.LoadEntities(RepositoryLayout.Gold), GraphNodeQuery.Load(connection));
    }
}
