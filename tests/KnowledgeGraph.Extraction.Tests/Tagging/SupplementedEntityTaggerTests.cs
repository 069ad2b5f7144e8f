using KnowledgeGraph.Core;
using KnowledgeGraph.Extraction.Gazetteers;
using KnowledgeGraph.Extraction.Tagging;

namespace KnowledgeGraph.Extraction.Tests.Tagging;

public class SupplementedEntityTaggerTests
{
    // Tokens: She(0) spoke(1) at(2) the(3) State(4) of(5) the(6) Nation(7) address(8) ,(9) the(10) FAQ(11) said(12)
    // and(13) the(14) Water(15) Authority(16) agreed(17) .(18)
    private const string Text = "She spoke at the State of the Nation address, the FAQ said and the Water Authority agreed.";

    private static readonly EntitySpan Address = new(4, 9, EntityKind.Event);
    private static readonly EntitySpan Nation = new(7, 8, EntityKind.Organization);
    private static readonly EntitySpan Faq = new(11, 12, EntityKind.Organization);
    private static readonly EntitySpan WaterAuthority = new(15, 17, EntityKind.Organization);

    private sealed class FixedTagger(params EntitySpan[] spans) : IEntityTagger
    {
        public IReadOnlyList<EntitySpan> Tag(AnalyzedText text) => spans;
    }

    private static IReadOnlyList<EntitySpan> Tag(EntitySpan[] primary, EntitySpan[] rules) =>
        new SupplementedEntityTagger(new FixedTagger(primary), new FixedTagger(rules), Gazetteer.Default).Tag(AnalyzedText.Analyze(Text));

    [Fact]
    public void The_token_positions_used_here_are_the_tokenizers()
    {
        var text = AnalyzedText.Analyze(Text);

        Assert.Equal("Nation", text.TokenText(7));
        Assert.Equal("FAQ", text.TokenText(11));
        Assert.Equal("Authority", text.TokenText(16));
    }

    [Fact]
    public void A_rule_found_event_replaces_the_model_names_inside_it() =>
        Assert.Equal(new[] { Address }, Tag([Nation], [Address]));

    [Fact]
    public void A_rule_found_event_that_cuts_across_a_model_name_is_left_out()
    {
        var acrossTheEdge = new EntitySpan(8, 10, EntityKind.Place);

        Assert.Equal(new[] { acrossTheEdge }, Tag([acrossTheEdge], [Address]));
    }

    [Fact]
    public void A_rule_found_organization_is_added_only_when_an_organisation_word_heads_it()
    {
        Assert.Equal(new[] { WaterAuthority }, Tag([], [Faq, WaterAuthority]));
    }

    [Fact]
    public void A_rule_found_organization_never_overrides_the_model()
    {
        var water = new EntitySpan(15, 16, EntityKind.Place);

        Assert.Equal(new[] { water }, Tag([water], [WaterAuthority]));
    }

    [Fact]
    public void Other_kinds_found_by_the_rules_are_left_to_the_model()
    {
        var she = new EntitySpan(0, 1, EntityKind.Person);

        Assert.Empty(Tag([], [she, new EntitySpan(15, 17, EntityKind.Place)]));
    }

    [Fact]
    public void The_result_is_in_text_order()
    {
        var she = new EntitySpan(0, 1, EntityKind.Person);

        Assert.Equal(new[] { she, Address, WaterAuthority }, Tag([she, Nation], [WaterAuthority, Address]));
    }
}
