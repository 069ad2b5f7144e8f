using KnowledgeGraph.Core;
using KnowledgeGraph.Core.Facts;

namespace KnowledgeGraph.Extraction.Tests.Facts;

/// <summary>The byline's people are authors of the outlet, or of the article itself when the outlet is unknown.</summary>
public sealed class BylineAuthorshipTests
{
    private const string Story = "Ana Ruiz met Tomas Berg in Lisbon on Tuesday.";

    private static IReadOnlyList<(string Author, EntityKind WorkKind, string Work)> Authorship(DocumentFacts facts) =>
        [.. facts.RelationsOfKind(RelationKinds.AuthorOf)
            .Select(r => (facts.Entities[r.SourceId].Name, facts.Entities[r.TargetId].Kind, facts.Entities[r.TargetId].Name))
            .OrderBy(a => a.Item1, StringComparer.Ordinal)];

    [Fact]
    public void A_byline_author_writes_for_the_articles_outlet()
    {
        var facts = InventedArticle.Extract(Story, byline: "Ana Ruiz", source: "Harbour Radio");

        var relation = Assert.Single(facts.RelationsOfKind(RelationKinds.AuthorOf));

        Assert.Equal([("Ana Ruiz", EntityKind.Organization, "Harbour Radio")], Authorship(facts));
        Assert.Equal(facts.Entity(EntityKind.Person, "Ana Ruiz").Id, relation.SourceId);
        Assert.Equal(facts.Entity(EntityKind.Organization, "Harbour Radio").Id, relation.TargetId);
        Assert.Null(relation.Label);
    }

    [Fact]
    public void A_new_outlet_node_has_its_organization_key_and_no_mention()
    {
        var facts = InventedArticle.Extract(Story, byline: "Ana Ruiz", source: "  Harbour Radio ");

        var outlet = facts.Entity(EntityKind.Organization, "Harbour Radio");

        Assert.Equal(["organization:harbour radio"], outlet.ResolutionKeys);
        Assert.Equal(1, outlet.LookupKeyCount);
        Assert.Empty(outlet.Aliases);
        Assert.DoesNotContain(facts.Mentions, m => m.EntityId == outlet.Id);
    }

    [Fact]
    public void Without_an_outlet_the_author_writes_the_article_named_by_its_headline()
    {
        var facts = InventedArticle.Extract(Story, byline: "Ana Ruiz", title: "Ministers meet at the harbour");

        var article = facts.Entity(EntityKind.Other, "Article: Ministers meet at the harbour");

        Assert.Equal([("Ana Ruiz", EntityKind.Other, "Article: Ministers meet at the harbour")], Authorship(facts));
        Assert.Equal(["article:" + facts.Document.ContentHash], article.ResolutionKeys);
        Assert.DoesNotContain(facts.Entities, e => e.Kind == EntityKind.Organization);
    }

    [Fact]
    public void Without_an_outlet_or_a_headline_the_article_is_named_by_its_path()
    {
        var facts = InventedArticle.Extract(Story, byline: "Ana Ruiz", title: " ", path: "inbox/harbour-0311.txt");

        Assert.Equal([("Ana Ruiz", EntityKind.Other, "inbox/harbour-0311.txt")], Authorship(facts));
    }

    [Fact]
    public void The_author_is_the_person_the_text_names_even_in_other_letter_case()
    {
        var facts = InventedArticle.Extract(Story, byline: "ANA RUIZ", source: "Harbour Radio");

        var relation = Assert.Single(facts.RelationsOfKind(RelationKinds.AuthorOf));

        Assert.Equal(facts.Entity(EntityKind.Person, "Ana Ruiz").Id, relation.SourceId);
        Assert.DoesNotContain(facts.Entities, e => e.Name == "ANA RUIZ");
    }

    [Fact]
    public void The_outlet_is_the_organization_the_text_names()
    {
        var facts = InventedArticle.Extract("Harbour Radio reported that Ana Ruiz met Tomas Berg.", byline: "Pedro Alves", source: "Harbour Radio");

        var outlet = facts.Entity(EntityKind.Organization, "Harbour Radio");

        Assert.Equal(outlet.Id, Assert.Single(facts.RelationsOfKind(RelationKinds.AuthorOf)).TargetId);
        Assert.Contains(facts.Mentions, m => m.EntityId == outlet.Id);
    }

    [Theory]
    [InlineData("Ana Ruiz and Pedro Alves")]
    [InlineData("Ana Ruiz & Pedro Alves")]
    [InlineData("Pedro Alves, Ana Ruiz")]
    [InlineData("Pedro Alves; Ana Ruiz")]
    public void Every_author_of_a_shared_byline_writes_for_the_outlet(string byline)
    {
        var facts = InventedArticle.Extract(Story, byline: byline, source: "Harbour Radio");

        Assert.Equal(
            [("Ana Ruiz", EntityKind.Organization, "Harbour Radio"), ("Pedro Alves", EntityKind.Organization, "Harbour Radio")],
            Authorship(facts));
        var alves = facts.Entity(EntityKind.Person, "Pedro Alves");
        Assert.Equal(["name:pedro alves"], alves.ResolutionKeys);
        Assert.Single(facts.Entities, e => e.Kind == EntityKind.Organization);
    }

    [Fact]
    public void An_author_named_twice_writes_once()
    {
        var facts = InventedArticle.Extract(Story, byline: "Ana Ruiz and Ana Ruiz", source: "Harbour Radio");

        Assert.Single(facts.RelationsOfKind(RelationKinds.AuthorOf));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("Staff")]
    [InlineData("Ruiz and Alves")]
    public void A_byline_without_a_full_name_adds_no_authorship_and_no_node(string? byline)
    {
        var plain = InventedArticle.Extract(Story);
        var facts = InventedArticle.Extract(Story, byline: byline, source: "Harbour Radio");

        Assert.Empty(facts.RelationsOfKind(RelationKinds.AuthorOf));
        Assert.Equal(plain.Entities.Count, facts.Entities.Count);
        Assert.DoesNotContain(facts.Entities, e => e.Kind == EntityKind.Organization);
    }

    [Fact]
    public void An_author_named_in_the_text_is_evidenced_by_the_sentence_that_first_names_them()
    {
        var facts = InventedArticle.Extract(
            "The port reopened on Monday. Ana Ruiz met Tomas Berg in Lisbon on Tuesday.", byline: "Ana Ruiz", source: "Harbour Radio");

        var relation = Assert.Single(facts.RelationsOfKind(RelationKinds.AuthorOf));

        Assert.Equal([facts.Sentences[1]], relation.Evidence);
    }

    [Fact]
    public void An_author_the_text_never_names_is_evidenced_by_the_first_sentence()
    {
        var facts = InventedArticle.Extract(
            "The port reopened on Monday. Ana Ruiz met Tomas Berg in Lisbon on Tuesday.", byline: "Pedro Alves", source: "Harbour Radio");

        var relation = Assert.Single(facts.RelationsOfKind(RelationKinds.AuthorOf));

        Assert.Equal([facts.Sentences[0]], relation.Evidence);
    }
}
