using KnowledgeGraph.Core;
using KnowledgeGraph.Core.Documents;
using KnowledgeGraph.Core.Facts;

namespace KnowledgeGraph.Extraction.Tests.Pipeline;

public class ExtractionPipelineTests
{
    private const string Article =
        "Kessel Harbour Strike Enters Third Week\n"
        + "By Marta Lindqvist\n"
        + "\n"
        + "KESSEL, Norland — Dock workers at the port of Kessel extended their strike on Monday, the Harbour Workers Union said.\n"
        + "\n"
        + "Union leader Ana Ruiz told reporters that talks with the Ministry of Water had stalled. “We will not move,” Ruiz said.\n"
        + "\n"
        + "The HWU has been striking since Sept. 3. Transport Minister Pieter van der Berg said he would meet Ruiz in Mexico City on Friday.\n";

    private static readonly ExtractionPipeline Pipeline = ExtractionPipeline.CreateDefault();

    private static DocumentFacts Extract(string text) =>
        Pipeline.Extract(new Document("kessel.txt", "Kessel Harbour Strike Enters Third Week", null, null, null, null, null, text, ContentHash.Of(text)));

    [Fact]
    public void Every_mention_text_is_the_document_text_under_its_span()
    {
        var facts = Extract(Article);

        Assert.NotEmpty(facts.Mentions);
        Assert.All(facts.Mentions, m => Assert.Equal(facts.Document.Text.Substring(m.Span.Start, m.Span.Length), m.Text));
    }

    [Fact]
    public void Sentences_cover_the_text_in_order_leaving_only_white_space_between_them()
    {
        var facts = Extract(Article);
        var text = facts.Document.Text;

        Assert.Equal(7, facts.Sentences.Count);
        var previousEnd = 0;
        foreach (var sentence in facts.Sentences)
        {
            Assert.True(sentence.Start >= previousEnd);
            Assert.True(string.IsNullOrWhiteSpace(text[previousEnd..sentence.Start]));
            Assert.False(char.IsWhiteSpace(text[sentence.Start]));
            Assert.False(char.IsWhiteSpace(text[sentence.End - 1]));
            previousEnd = sentence.End;
        }

        Assert.True(string.IsNullOrWhiteSpace(text[previousEnd..]));
        Assert.Equal("“We will not move,” Ruiz said.", facts.Sentences[4].Slice(text));
    }

    [Fact]
    public void Each_mention_lies_inside_its_sentence_and_mentions_are_sorted()
    {
        var facts = Extract(Article);

        Assert.All(facts.Mentions, m => Assert.True(facts.Sentences[m.Sentence].Contains(m.Span)));
        Assert.Equal(facts.Mentions.OrderBy(m => m.Span.Start).Select(m => m.Span), facts.Mentions.Select(m => m.Span));
    }

    [Fact]
    public void Entity_ids_are_dense_and_every_mention_and_relation_points_at_one()
    {
        var facts = Extract(Article);

        Assert.Equal(Enumerable.Range(0, facts.Entities.Count), facts.Entities.Select(e => e.Id));
        Assert.All(facts.Mentions, m => Assert.InRange(m.EntityId, 0, facts.Entities.Count - 1));
        Assert.All(facts.Entities, e => Assert.Contains(facts.Mentions, m => m.EntityId == e.Id));
        Assert.All(facts.Relations, r =>
        {
            Assert.NotEqual(r.SourceId, r.TargetId);
            Assert.True(!RelationKinds.IsSymmetric(r.Kind) || r.SourceId < r.TargetId);
            Assert.InRange(r.TargetId, 0, facts.Entities.Count - 1);
            Assert.All(r.Evidence, span => Assert.Contains(span, facts.Sentences));
        });
    }

    [Fact]
    public void The_article_names_its_people_bodies_and_places_once_each()
    {
        var facts = Extract(Article);
        var byName = facts.Entities.ToDictionary(e => e.Name);

        Assert.Equal(EntityKind.Person, byName["Ana Ruiz"].Kind);
        Assert.Equal(EntityKind.Person, byName["Pieter van der Berg"].Kind);
        Assert.Equal(EntityKind.Person, byName["Marta Lindqvist"].Kind);
        Assert.Equal(EntityKind.Organization, byName["Harbour Workers Union"].Kind);
        Assert.Equal(EntityKind.Organization, byName["Ministry of Water"].Kind);
        Assert.Equal(EntityKind.Place, byName["Mexico City"].Kind);
        Assert.Equal(new[] { "Ana Ruiz", "Ruiz", "Ruiz" }, facts.Mentions.Where(m => m.EntityId == byName["Ana Ruiz"].Id).Select(m => m.Text));
        Assert.Equal(new[] { "Harbour Workers Union", "HWU" }, facts.Mentions.Where(m => m.EntityId == byName["Harbour Workers Union"].Id).Select(m => m.Text));
    }

    [Fact]
    public void Names_in_one_sentence_are_linked_and_weighted_by_sentence_count()
    {
        var facts = Extract(Article);
        var ids = facts.Entities.ToDictionary(e => e.Name, e => e.Id);

        var ruizAndBerg = Assert.Single(facts.Relations, r => r.SourceId == ids["Ana Ruiz"] && r.TargetId == ids["Pieter van der Berg"]);
        Assert.Equal(RelationKinds.CoMention, ruizAndBerg.Kind);
        Assert.Equal(new[] { facts.Sentences[6] }, ruizAndBerg.Evidence);
        Assert.DoesNotContain(facts.Relations, r => r.SourceId == ids["Marta Lindqvist"] || r.TargetId == ids["Marta Lindqvist"]);
    }

    [Fact]
    public void Extraction_is_a_pure_function_of_the_document()
    {
        string Describe(DocumentFacts f) => string.Join('\n',
            f.Entities.Select(e => $"{e.Id} {e.Kind} {e.Name} {string.Join(',', e.ResolutionKeys)}")
                .Concat(f.Mentions.Select(m => $"{m.EntityId} {m.Sentence} {m.Span}"))
                .Concat(f.Relations.Select(r => $"{r.SourceId} {r.TargetId} {r.Evidence.Count}")));

        Assert.Equal(Describe(Extract(Article)), Describe(ExtractionPipeline.CreateDefault().Extract(Extract(Article).Document)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("  \n\n ")]
    [InlineData("the ferry left at dawn.")]
    public void A_document_without_names_has_no_facts(string text)
    {
        var facts = Extract(text);

        Assert.Empty(facts.Entities);
        Assert.Empty(facts.Mentions);
        Assert.Empty(facts.Relations);
    }
}
