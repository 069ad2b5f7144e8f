using KnowledgeGraph.Core;
using KnowledgeGraph.Core.Facts;
using KnowledgeGraph.Extraction.Relations;

namespace KnowledgeGraph.Extraction.Tests.Relations;

public class CoMentionExtractorTests
{
    private static readonly TextSpan[] Sentences = [new(0, 40), new(41, 80), new(81, 120), new(121, 160)];

    private static Mention At(int entity, int sentence) =>
        new(entity, sentence, new TextSpan(Sentences[sentence].Start + entity, Sentences[sentence].Start + entity + 1), "x");

    [Fact]
    public void Links_every_two_entities_of_a_sentence()
    {
        var relations = CoMentionExtractor.Extract([At(0, 0), At(1, 0), At(2, 0)], Sentences);

        Assert.Equal(new[] { (0, 1), (0, 2), (1, 2) }, relations.Select(r => (r.SourceId, r.TargetId)));
        Assert.All(relations, r =>
        {
            Assert.Equal(RelationKinds.CoMention, r.Kind);
            Assert.Null(r.Label);
            Assert.Equal(new[] { Sentences[0] }, r.Evidence);
        });
    }

    [Fact]
    public void The_evidence_is_each_sentence_naming_both_once_so_its_count_is_the_weight()
    {
        var mentions = new[] { At(0, 0), At(1, 0), At(1, 0), At(0, 1), At(0, 2), At(1, 2), At(0, 3) };

        var relation = Assert.Single(CoMentionExtractor.Extract(mentions, Sentences));

        Assert.Equal((0, 1), (relation.SourceId, relation.TargetId));
        Assert.Equal(new[] { Sentences[0], Sentences[2] }, relation.Evidence);
    }

    [Fact]
    public void The_source_is_the_smaller_id_whatever_order_the_names_come_in()
    {
        var relation = Assert.Single(CoMentionExtractor.Extract([At(3, 1), At(1, 1)], Sentences));

        Assert.Equal((1, 3), (relation.SourceId, relation.TargetId));
    }

    [Fact]
    public void An_entity_named_twice_in_a_sentence_is_not_linked_to_itself() =>
        Assert.Empty(CoMentionExtractor.Extract([At(2, 0), At(2, 0), At(2, 1)], Sentences));

    [Fact]
    public void Entities_in_different_sentences_are_not_linked() =>
        Assert.Empty(CoMentionExtractor.Extract([At(0, 0), At(1, 1), At(2, 2)], Sentences));

    [Fact]
    public void Relations_are_sorted_by_source_then_target()
    {
        var relations = CoMentionExtractor.Extract([At(2, 0), At(3, 0), At(0, 1), At(3, 1), At(1, 2), At(0, 2)], Sentences);

        Assert.Equal(new[] { (0, 1), (0, 3), (2, 3) }, relations.Select(r => (r.SourceId, r.TargetId)));
    }

    [Fact]
    public void A_sentence_naming_more_entities_than_the_limit_links_none_while_one_at_the_limit_links_all()
    {
        var atLimit = Enumerable.Range(0, CoMentionExtractor.MaxEntitiesPerSentence).Select(e => At(e, 0));
        var overLimit = Enumerable.Range(100, CoMentionExtractor.MaxEntitiesPerSentence + 1).Select(e => At(e, 1));

        var relations = CoMentionExtractor.Extract([.. atLimit, .. overLimit], Sentences);

        var limit = CoMentionExtractor.MaxEntitiesPerSentence;
        Assert.Equal(limit * (limit - 1) / 2, relations.Count);
        Assert.All(relations, r => Assert.True(r.TargetId < 100));
    }

    [Fact]
    public void No_mentions_make_no_relations() => Assert.Empty(CoMentionExtractor.Extract([], Sentences));
}
