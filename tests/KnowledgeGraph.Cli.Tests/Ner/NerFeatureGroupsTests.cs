using KnowledgeGraph.Cli.Ner;
using KnowledgeGraph.Extraction.Ner;

namespace KnowledgeGraph.Cli.Tests.Ner;

public sealed class NerFeatureGroupsTests
{
    /// <summary>Every feature flag <see cref="NerFeatureOptions"/> knows, one bit per group.</summary>
    private const int AllFlags = 255;

    public static TheoryData<string> Groups => [.. NerFeatureGroups.Names];

    [Theory]
    [MemberData(nameof(Groups))]
    public void Each_group_switches_exactly_one_feature_flag(string group)
    {
        var everything = NerFeatureOptions.FromFlags(AllFlags);
        var nothing = NerFeatureOptions.FromFlags(0);

        var without = NerFeatureGroups.Apply(everything, [], [group]);
        var with = NerFeatureGroups.Apply(nothing, [group], []);

        Assert.Equal(1, System.Numerics.BitOperations.PopCount((uint)(everything.ToFlags() ^ without.ToFlags())));
        Assert.Equal(nothing.ToFlags() ^ with.ToFlags(), everything.ToFlags() ^ without.ToFlags());
    }

    [Fact]
    public void The_groups_cover_every_feature_flag()
    {
        var all = NerFeatureGroups.Apply(NerFeatureOptions.FromFlags(0), NerFeatureGroups.Names, []);

        Assert.Equal(AllFlags, all.ToFlags());
    }

    [Fact]
    public void Without_wins_over_the_defaults_and_describe_lists_what_is_off()
    {
        var options = NerFeatureGroups.Apply(NerFeatureOptions.All, [], [NerFeatureGroups.Clusters]);

        Assert.False(options.Clusters);
        Assert.Equal("affixes, context, gazetteers, history, document-case, name-runs (off: clusters, second-pass)", NerFeatureGroups.Describe(options));
    }

    [Fact]
    public void An_unknown_group_is_refused()
    {
        Assert.Throws<ArgumentException>(() => NerFeatureGroups.Apply(NerFeatureOptions.All, [], ["spelling"]));
    }
}
