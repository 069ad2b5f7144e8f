using KnowledgeGraph.Cli.Tests.Support;

namespace KnowledgeGraph.Cli.Tests.Resolution;

public sealed class ResolutionScorerTests
{
    private static readonly GoldEntity Rubio = new("rubio", "person", true, ["Marco Rubio", "Rubio", "Rubio’s"]);
    private static readonly GoldEntity Mexico = new("mexico", "place", true, ["Mexico", "Mexico's"]);
    private static readonly GoldEntity MexicoCity = new("mexico_city", "place", true, ["Mexico City"]);
    private static readonly GoldEntity Usmca = new("usmca", "organization", false, ["USMCA"], ["organization", "agreement", "misc"]);
    private static readonly GoldEntity Latino = new("latino", "nationality_or_group", false, ["Latino"]);

    private static readonly GoldEntity[] Gold = [Rubio, Mexico, MexicoCity, Usmca, Latino];

    [Fact]
    public void A_gold_entity_is_found_only_by_a_mention_on_a_node_of_its_kind()
    {
        var score = ResolutionScorer.Score(Gold, [
            new GraphNode(1, "person", ["Rubio"]),
            new GraphNode(2, "organization", ["Mexico"]), // right text, wrong kind
            new GraphNode(3, "place", ["Mexico City area"]), // kind right, text only contains an alias
        ]);

        Assert.Equal(new Fraction(1, 3), score.MustFindRecall);
        Assert.Equal(["mexico", "mexico_city"], score.MissingMustFind.Select(e => e.Id));
    }

    [Fact]
    public void Forms_match_after_trimming_and_straightening_apostrophes_but_case_matters()
    {
        var score = ResolutionScorer.Score([Rubio, Mexico], [
            new GraphNode(1, "person", ["rubio", " Rubio's"]),
            new GraphNode(2, "place", ["MEXICO"]),
        ]);

        Assert.Equal(new Fraction(1, 2), score.MustFindRecall);
        Assert.Equal(["mexico"], score.MissingMustFind.Select(e => e.Id));
    }

    [Fact]
    public void Acceptable_types_and_nationality_as_other_count_as_the_right_kind()
    {
        var score = ResolutionScorer.Score(Gold, [
            new GraphNode(1, "other", ["USMCA"]),
            new GraphNode(2, "other", ["Latino"]),
        ]);

        Assert.Equal(new Fraction(2, 2), score.MergedAll);
        Assert.Equal(new Fraction(0, 0), score.MergedMustFind);
    }

    [Fact]
    public void An_entity_whose_found_aliases_sit_on_two_nodes_of_its_kind_is_split()
    {
        var score = ResolutionScorer.Score(Gold, [
            new GraphNode(1, "person", ["Marco Rubio", "Rubio"]),
            new GraphNode(2, "person", ["Rubio’s"]),
            new GraphNode(3, "place", ["Mexico", "Mexico's", "Mexico"]),
            new GraphNode(4, "organization", ["Mexico"]), // not of its kind, so not a split
            new GraphNode(5, "place", ["Mexico City"]),
        ]);

        Assert.Equal(new Fraction(2, 3), score.MergedMustFind);
        Assert.Equal(new Fraction(2, 3), score.MergedAll);
        var split = Assert.Single(score.Split);
        Assert.Equal("rubio", split.Entity.Id);
        Assert.Equal([1L, 2L], split.Nodes.Select(n => n.Node.Id));
        Assert.Equal(["Marco Rubio", "Rubio"], split.Nodes[0].Forms);
        Assert.Equal(["Rubio's"], split.Nodes[1].Forms);
    }

    [Fact]
    public void A_node_with_aliases_of_two_gold_entities_is_a_wrong_merge_whatever_its_kind()
    {
        var score = ResolutionScorer.Score(Gold, [
            new GraphNode(1, "place", ["Mexico", "Mexico City"]),
            new GraphNode(2, "other", ["Rubio", "USMCA", "Latino"]),
            new GraphNode(3, "person", ["Marco Rubio", "Rubio", "the secretary"]),
        ]);

        Assert.Equal(2, score.WrongMerges.Count);
        Assert.Equal(["mexico", "mexico_city"], score.WrongMerges[0].Joined.Select(j => j.GoldId));
        Assert.Equal(["latino", "rubio", "usmca"], score.WrongMerges[1].Joined.Select(j => j.GoldId));
    }

    [Fact]
    public void An_alias_two_gold_entities_share_shows_no_join()
    {
        GoldEntity[] gold = [Mexico, new("mexican_state", "place", false, ["Mexico", "State of Mexico"])];

        var score = ResolutionScorer.Score(gold, [new GraphNode(1, "place", ["Mexico", "Mexico's"])]);

        Assert.Empty(score.WrongMerges);
    }

    [Fact]
    public void Precision_counts_person_organization_and_place_nodes_with_any_gold_alias_in_mentions_name_or_stored_aliases()
    {
        var score = ResolutionScorer.Score(Gold, [
            new GraphNode(1, "person", ["Rubio"]),
            new GraphNode(2, "place", ["the capital"], "Mexico City"), // canonical name matches
            new GraphNode(3, "organization", ["Latino"]), // alias of a gold entity of another type still matches
            new GraphNode(4, "organization", ["the ministry"], "Ministry", ["ministry", "Mexico"]), // stored alias matches
            new GraphNode(5, "person", ["Buzzy"], "Buzzy", ["Buzzy"]),
            new GraphNode(6, "event", ["the meeting"]), // not scored
            new GraphNode(7, "other", ["Cold War"]), // not scored
        ]);

        Assert.Equal(new Fraction(4, 5), score.Precision);
        Assert.Equal([5L], score.UnmatchedNodes.Select(n => n.Id));
    }

    [Fact]
    public void A_metonym_on_the_node_of_the_entity_it_stands_for_is_neither_a_join_nor_a_split()
    {
        var country = new GoldEntity("kessel", "place", true, ["Kessel"], Metonyms: ["Kesselburg"]);
        var capital = new GoldEntity("kesselburg", "place", true, ["Kesselburg"]);
        GraphNode[] nodes = [new(1, "place", ["Kessel", "Kesselburg"]), new(2, "place", ["Kesselburg"])];

        var score = ResolutionScorer.Score([country, capital], nodes);

        Assert.Empty(score.WrongMerges);
        Assert.Empty(score.Split);
        Assert.Equal(new Fraction(2, 2), score.MustFindRecall);
    }

    [Fact]
    public void A_metonym_counts_as_a_join_where_the_gold_file_does_not_list_it()
    {
        var country = new GoldEntity("kessel", "place", true, ["Kessel"]);
        var capital = new GoldEntity("kesselburg", "place", true, ["Kesselburg"]);

        var score = ResolutionScorer.Score([country, capital], [new GraphNode(1, "place", ["Kessel", "Kesselburg"])]);

        Assert.Single(score.WrongMerges);
    }

    [Fact]
    public void A_metonym_is_only_excused_on_a_node_that_carries_the_entity_it_stands_for()
    {
        var country = new GoldEntity("kessel", "place", true, ["Kessel"], Metonyms: ["Kesselburg"]);
        var capital = new GoldEntity("kesselburg", "place", true, ["Kesselburg"]);
        var harbour = new GoldEntity("lower_kessel", "place", true, ["Lower Kessel"]);

        var score = ResolutionScorer.Score([country, capital, harbour], [new GraphNode(1, "place", ["Lower Kessel", "Kesselburg"])]);

        Assert.Single(score.WrongMerges);
    }
}
