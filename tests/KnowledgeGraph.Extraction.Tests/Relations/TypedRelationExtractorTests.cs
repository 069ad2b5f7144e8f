using KnowledgeGraph.Core;
using KnowledgeGraph.Extraction.Gazetteers;
using KnowledgeGraph.Extraction.Relations;

namespace KnowledgeGraph.Extraction.Tests.Relations;

public class TypedRelationExtractorTests
{
    private const string Article =
        "Peruvian President Tomas Okafor met with Chile’s foreign minister, Ana Ruiz, in Lima on Tuesday.\n"
        + "Ana Ruiz, a senior member of the Andean Water Council, will visit Cusco, Peru, on Friday.\n"
        + "“We are neighbours,” President Tomas Okafor said. Ana Ruiz met Tomas Okafor again on Wednesday.\n";

    [Fact]
    public void Every_relation_links_two_entities_of_the_document_with_whole_sentences_as_evidence_in_order()
    {
        var (facts, relations) = TypedRelationsOf.Extract(Article);

        Assert.NotEmpty(relations);
        Assert.All(relations, r =>
        {
            Assert.InRange(r.SourceId, 0, facts.Entities.Count - 1);
            Assert.InRange(r.TargetId, 0, facts.Entities.Count - 1);
            Assert.NotEqual(r.SourceId, r.TargetId);
            Assert.NotEmpty(r.Evidence);
            Assert.All(r.Evidence, span => Assert.Contains(span, facts.Sentences));
            Assert.Equal(r.Evidence.OrderBy(span => span.Start), r.Evidence);
            Assert.Equal(r.Evidence.Distinct().Count(), r.Evidence.Count);
        });
    }

    [Fact]
    public void One_relation_per_source_target_kind_and_label()
    {
        var (_, relations) = TypedRelationsOf.Extract(Article);

        var keys = relations.Select(r => (r.SourceId, r.TargetId, r.Kind, r.Label)).ToList();
        Assert.Equal(keys.Distinct().Count(), keys.Count);
    }

    [Fact]
    public void The_article_yields_the_facts_each_sentence_states()
    {
        var named = TypedRelationsOf.Named(Article);

        Assert.Contains(("Tomas Okafor", RelationKinds.HoldsPosition, "President", "Peru"), named);
        Assert.Contains(("Tomas Okafor", RelationKinds.Leads, "President", "Peru"), named);
        Assert.Contains(("Ana Ruiz", RelationKinds.HoldsPosition, "Foreign Minister", "Chile"), named);
        Assert.Contains(("Ana Ruiz", RelationKinds.MemberOf, null, "Andean Water Council"), named);
        Assert.Contains(("Ana Ruiz", RelationKinds.Visited, "scheduled", "Cusco"), named);
        Assert.Contains(("Cusco", RelationKinds.LocatedIn, null, "Peru"), named);
        Assert.Contains(("Lima", RelationKinds.LocatedIn, null, "Peru"), named);
        Assert.Single(TypedRelationsOf.Pairs(Article, RelationKinds.MetWith));
    }

    [Fact]
    public void No_mentions_make_no_relations()
    {
        var text = AnalyzedText.Analyze("Nothing here names anyone.");

        Assert.Empty(new TypedRelationExtractor(Gazetteer.Default).Extract(text, [], []));
    }

    [Fact]
    public void Text_made_of_cue_words_and_stray_punctuation_does_not_trip_the_patterns()
    {
        const string Text = "’s , , the of Secretary of State , met with ’s . President , , Lima , . and met";

        var (_, relations) = TypedRelationsOf.Extract(Text);

        Assert.All(relations, r => Assert.NotEqual(r.SourceId, r.TargetId));
    }
}
