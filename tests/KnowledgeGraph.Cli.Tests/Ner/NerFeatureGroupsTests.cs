using KnowledgeGraph.Cli.Pipeline;
using KnowledgeGraph.Extraction.Ner;

namespace KnowledgeGraph.Cli.Tests.Ner;

public sealed class NerFeatureGroupsTests
{
    public static TheoryData<string> Groups => [.. NerFeatureGroups.Names];

    [Theory]
    [MemberData(nameof(Groups))]
    public void Each_group_switches_exactly_one_feature_flag(string group)
    {
        var everything = NerFeatureOptions.FromFlags(127);
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

        Assert.Equal(127, all.ToFlags());
    }

    [Fact]
    public void Without_wins_over_the_defaults_and_describe_lists_what_is_off()
    {
        var options = NerFeatureGroups.Apply(NerFeatureOptions.All, [], [NerFeatureGroups.Clusters]);

        Assert.False(options.Clusters);
        Assert.Equal("affixes, context, gazetteers, history, document-case (off: clusters, second-pass)", NerFeatureGroups.Describe(options));
    }

    [Fact]
    public void An_unknown_group_is_refused()
    {
        Assert.Throws<ArgumentException>(() => NerFeatureGroups.Apply(NerFeatureOptions.All, [], ["spelling"]));
    }
}
