using KnowledgeGraph.Cli.Tests.Support;
using Xunit.Abstractions;

namespace KnowledgeGraph.Cli.Tests.Resolution;

/// <summary>
/// Issue #4's resolution bars for held-out news, on our own sample articles (<c>samples/</c>), scored by
/// <see cref="ResolutionScorer"/> against the hand-made gold standard in <c>tests/data/resolution/samples.gold.json</c>
/// (see the README there). Each test prints its figure and what cost points.
/// </summary>
public sealed class SampleResolutionTests(SampleDatabaseFixture samples, ITestOutputHelper output) : IClassFixture<SampleDatabaseFixture>
{
    private const double RequiredMustFindRecall = 0.8;
    private const double RequiredMergedShare = 0.9;
    private const int AllowedWrongMerges = 1;
    private const double RequiredPrecision = 0.8;

    private static string GoldPath => Path.Combine(RepositoryLayout.Root, "tests", "data", "resolution", "samples.gold.json");

    [Fact]
    public void Finds_at_least_80_percent_of_must_find_entities_with_their_kind()
    {
        Bars.MustFindRecall(Score(), RequiredMustFindRecall);
    }

    [Fact]
    public void Keeps_at_least_90_percent_of_found_must_find_entities_on_one_node()
    {
        Bars.Merged(Score(), RequiredMergedShare);
    }

    [Fact]
    public void At_most_one_node_joins_two_gold_entities()
    {
        Bars.WrongMerges(Score(), AllowedWrongMerges);
    }

    [Fact]
    public void At_least_80_percent_of_person_organization_and_place_nodes_match_a_gold_form()
    {
        Bars.Precision(Score(), RequiredPrecision);
    }

    [Fact]
    public void Gold_file_loads_with_unique_ids_and_aliases()
    {
        var gold = GoldStandard.LoadEntities(GoldPath);
        Assert.NotEmpty(gold);
        Assert.Equal(gold.Count, gold.Select(e => e.Id).Distinct(StringComparer.Ordinal).Count());
        var shared = gold
            .SelectMany(e => e.Aliases.Select(a => (Form: ResolutionScorer.Normalise(a), e.Id)))
            .GroupBy(p => p.Form, StringComparer.Ordinal)
            .Where(g => g.Select(p => p.Id).Distinct().Count() > 1)
            .Select(g => g.Key)
            .ToList();
        Assert.Empty(shared);
    }

    private ResolutionBars Bars => new(output);

    private ResolutionScore Score()
    {
        using var connection = samples.OpenReadOnly();
        return ResolutionScorer.Score(GoldStandard.LoadEntities(GoldPath), GraphNodeQuery.Load(connection));
    }
}
