using KnowledgeGraph.Extraction.Names;
using KnowledgeGraph.Extraction.Gazetteers;
using KnowledgeGraph.Extraction.Tagging;
using KnowledgeGraph.Core;
using KnowledgeGraph.Core.Documents;
using KnowledgeGraph.Core.Facts;
using KnowledgeGraph.Core.Resolution;
using KnowledgeGraph.Extraction.Resolution;

namespace KnowledgeGraph.Extraction.Tests.Resolution;

public class GraphBuilderTests
{
    private const string FirstArticle = "President Ana Ruiz met the Harbour Workers Union in Quito. The strike will end, Ruiz said.";
    private const string SecondArticle = "Talks resumed in Quito, Ruiz said.";

    // The rule-based tagger, not the trained one: these tests are about resolution, and must not move each time the
    // statistical model is retrained. The shipped pipeline's names are tested against the seed articles in Cli.Tests.
    private static readonly ExtractionPipeline Pipeline =
        new(new CapitalizedSpanTagger(Gazetteer.Default), new MentionResolver(Gazetteer.Default));

    private static Document Article(string name, string text) =>
        new($"{name}.txt", name, null, null, null, null, null, text, ContentHash.Of(text));

    private static DocumentFacts Extract(string name, string text) => Pipeline.Extract(Article(name, text));

    [Fact]
    public void The_first_document_creates_an_id_for_each_entity()
    {
        var index = new InMemoryEntityIndex();

        var resolved = new GraphBuilder(index).Resolve(Extract("first", FirstArticle));

        // The article also reports a meeting, whose event node is resolved by other rules (EventResolutionTests).
        var named = resolved.Entities.Where(e => e.Kind != EntityKind.Event).ToList();
        Assert.Equal(
            new[] { (1L, "Ana Ruiz", EntityKind.Person), (2L, "Harbour Workers Union", EntityKind.Organization), (3L, "Quito", EntityKind.Place) },
            named.Select(e => (e.Id, e.Name, e.Kind)));
        Assert.All(resolved.Entities, e => Assert.True(e.IsNew));
        Assert.Equal(new[] { 2, 1, 1 }, named.Select(e => e.MentionCount));
        Assert.Equal(new long[] { 1, 2, 3, 1 }, resolved.Mentions.Select(m => m.EntityId).Where(id => named.Any(e => e.Id == id)));
    }

    [Fact]
    public void Every_key_of_an_entity_is_registered_in_the_index()
    {
        var index = new InMemoryEntityIndex();

        new GraphBuilder(index).Resolve(Extract("first", FirstArticle));

        Assert.Equal([1L], index.Find("name:ana ruiz"));
        Assert.Equal([1L], index.Find("name:ruiz"));
        Assert.Equal([3L], index.Find("place:quito"));
        Assert.Empty(index.Find("name:quito"));
        Assert.Equal("Ana Ruiz", index.NameOf(1));
    }

    [Fact]
    public void A_later_document_naming_only_the_surname_finds_the_same_entity()
    {
        var builder = new GraphBuilder(new InMemoryEntityIndex());
        var first = builder.Resolve(Extract("first", FirstArticle));

        var second = builder.Resolve(Extract("second", SecondArticle));

        var ruiz = Assert.Single(second.Entities, e => e.Kind == EntityKind.Person);
        Assert.Equal(first.Entities.Single(e => e.Name == "Ana Ruiz").Id, ruiz.Id);
        Assert.False(ruiz.IsNew);
        Assert.All(second.Entities, e => Assert.False(e.IsNew));
    }

    [Fact]
    public void An_entity_new_to_the_index_gets_the_next_id_after_those_stored()
    {
        var index = new InMemoryEntityIndex(lastIssuedId: 40);

        var resolved = new GraphBuilder(index).Resolve(Extract("second", SecondArticle));

        Assert.Equal(new long[] { 41, 42 }, resolved.Entities.Select(e => e.Id));
    }

    [Fact]
    public void Co_mention_ends_are_ordered_by_graph_id()
    {
        var index = new InMemoryEntityIndex();
        index.Add("place:quito", 50);
        var facts = Extract("flight", "Ana Ruiz flew to Quito.");
        var local = Assert.Single(facts.Relations, r => r.Kind == RelationKinds.CoMention);
        Assert.Equal((0, 1), (local.SourceId, local.TargetId));

        var resolved = new GraphBuilder(index).Resolve(facts);

        var relation = Assert.Single(resolved.Relations, r => r.Kind == RelationKinds.CoMention);
        Assert.Equal((50L, 51L), (relation.SourceId, relation.TargetId));
        Assert.Equal(RelationKinds.CoMention, relation.Kind);
        Assert.Equal(51L, resolved.Entities.Single(e => e.Name == "Ana Ruiz").Id);
    }

    [Fact]
    public void Local_entities_that_resolve_to_one_graph_entity_are_merged_and_their_mutual_relation_dropped()
    {
        const string text = "Ana Ruiz met A. Ruiz in Quito. A. Ruiz stayed in Quito.";
        TextSpan first = new(0, 30), second = new(31, 55);
        var facts = new DocumentFacts(
            Article("merge", text),
            [first, second],
            [
                new LocalEntity(0, EntityKind.Person, "Ana Ruiz", ["name:ana ruiz"], [new AliasCount("Ana Ruiz", 1)]),
                new LocalEntity(1, EntityKind.Person, "A. Ruiz", ["name:a ruiz"], [new AliasCount("A. Ruiz", 2)]),
                new LocalEntity(2, EntityKind.Place, "Quito", ["place:quito"], [new AliasCount("Quito", 2)]),
            ],
            [
                new Mention(0, 0, new TextSpan(0, 8), "Ana Ruiz"),
                new Mention(1, 0, new TextSpan(13, 20), "A. Ruiz"),
                new Mention(2, 0, new TextSpan(24, 29), "Quito"),
                new Mention(1, 1, new TextSpan(31, 38), "A. Ruiz"),
                new Mention(2, 1, new TextSpan(49, 54), "Quito"),
            ],
            [
                new LocalRelation(0, 1, RelationKinds.CoMention, null, [first]),
                new LocalRelation(0, 2, RelationKinds.CoMention, null, [first]),
                new LocalRelation(1, 2, RelationKinds.CoMention, null, [first, second]),
            ]);
        var index = new InMemoryEntityIndex();
        index.Add("name:ana ruiz", 7);
        index.Add("name:a ruiz", 7);

        var resolved = new GraphBuilder(index).Resolve(facts);

        Assert.Equal(new long[] { 7, 8 }, resolved.Entities.Select(e => e.Id));
        var ruiz = resolved.Entities[0];
        Assert.False(ruiz.IsNew);
        Assert.Equal("Ana Ruiz", ruiz.Name);
        Assert.Equal(new[] { new AliasCount("A. Ruiz", 2), new AliasCount("Ana Ruiz", 1) }, ruiz.Aliases);
        Assert.Equal(new[] { "name:ana ruiz", "name:a ruiz" }, ruiz.ResolutionKeys);
        Assert.Equal(3, ruiz.MentionCount);
        Assert.True(resolved.Entities[1].IsNew);

        var relation = Assert.Single(resolved.Relations);
        Assert.Equal((7L, 8L), (relation.SourceId, relation.TargetId));
        Assert.Equal(new[] { first, second }, relation.Evidence);
    }

    [Fact]
    public void Resolving_the_same_documents_in_the_same_order_gives_the_same_ids()
    {
        static string[] Run()
        {
            var builder = new GraphBuilder(new InMemoryEntityIndex());
            return new[] { ("first", FirstArticle), ("second", SecondArticle), ("third", "Ana Ruiz flew to Lima, the HWU said.") }
                .Select(article => builder.Resolve(Extract(article.Item1, article.Item2)))
                .SelectMany(doc => doc.Entities.Select(e => $"{doc.Facts.Document.Path} {e.Id} {e.IsNew} {e.Kind} {e.Name} {e.MentionCount}")
                    .Concat(doc.Relations.Select(r => $"{doc.Facts.Document.Path} {r.SourceId}-{r.TargetId} {r.Kind} {r.Evidence.Count}")))
                .ToArray();
        }

        var once = Run();

        Assert.Equal(once, Run());
        Assert.Contains("second.txt 1 False Person Ana Ruiz 1", once); // an existing entity keeps its stored name
    }

    [Fact]
    public void A_key_that_two_entities_register_lists_both()
    {
        var index = new InMemoryEntityIndex();
        var builder = new GraphBuilder(index);
        builder.Resolve(Extract("first", FirstArticle));

        var other = builder.Resolve(Extract("other", "Pedro Ruiz met dockers in Lima. The strike will end, Ruiz said."));

        var pedro = Assert.Single(other.Entities, e => e.Name == "Pedro Ruiz").Id;
        Assert.Equal([1L, pedro], index.Find("name:ruiz"));
        Assert.Equal([pedro], index.Find("name:pedro ruiz"));
    }

    // Regression: a name typed "other" in one article (no person cue there) became a second node beside the person.
    [Fact]
    public void A_name_without_a_person_cue_finds_the_person_named_in_an_earlier_article()
    {
        var builder = new GraphBuilder(new InMemoryEntityIndex());
        var first = builder.Resolve(Extract("first", "Carla Mendez chaired the inquiry. Mendez said the report was late."));
        var second = builder.Resolve(Extract("second", "Officials in Quito met Mendez on Friday."));

        var carla = Assert.Single(first.Entities, e => e.Name == "Carla Mendez");
        var later = Assert.Single(second.Entities, e => e.Id == carla.Id);
        Assert.False(later.IsNew);
    }

    [Fact]
    public void A_fuller_name_with_particles_finds_the_entity_of_its_surname_form()
    {
        var builder = new GraphBuilder(new InMemoryEntityIndex());
        var first = builder.Resolve(Extract("first", "Juan Ramón de la Fuente spoke first. De la Fuente then left for Lima."));
        var second = builder.Resolve(Extract("second", "Ramón de la Fuente met reporters. Later de la Fuente declined to comment."));

        var fuente = Assert.Single(first.Entities, e => e.Name == "Juan Ramón de la Fuente");
        Assert.Contains(second.Entities, e => e.Id == fuente.Id && !e.IsNew);
    }

    [Fact]
    public void Two_people_who_share_only_a_surname_stay_apart_across_articles()
    {
        var builder = new GraphBuilder(new InMemoryEntityIndex());
        var first = builder.Resolve(Extract("first", "John Smith opened the port. Smith said the cranes were ready."));
        var second = builder.Resolve(Extract("second", "Jane Smith closed the school. Smith said the roof leaked."));

        var john = Assert.Single(first.Entities, e => e.Name == "John Smith");
        var jane = Assert.Single(second.Entities, e => e.Name == "Jane Smith");
        Assert.NotEqual(john.Id, jane.Id);
        Assert.True(jane.IsNew);
    }

    private static DocumentFacts OneName(string document, EntityKind kind, string name)
    {
        // Keys as MentionResolver makes them for a lone name: its own kind's key, then the key of any kind if it has one.
        var keys = new[] { NameKey.For(kind, name), NameKey.AnyKind(name) }.OfType<string>().ToList();
        var entity = new LocalEntity(0, kind, name, keys, [new AliasCount(name, 1)], keys.Count);
        var mention = new Mention(0, 0, new TextSpan(0, name.Length), name);
        return new DocumentFacts(Article(document, name + "."), [new TextSpan(0, name.Length + 1)], [entity], [mention], []);
    }

    [Fact]
    public void A_name_of_several_words_tagged_another_kind_later_joins_the_first_entity()
    {
        var builder = new GraphBuilder(new InMemoryEntityIndex());
        var first = builder.Resolve(OneName("first", EntityKind.Organization, "Vestfjord Launch"));
        var second = builder.Resolve(OneName("second", EntityKind.Person, "Vestfjord Launch"));

        Assert.Equal(Assert.Single(first.Entities).Id, Assert.Single(second.Entities).Id);
        Assert.False(second.Entities[0].IsNew);
        Assert.Contains("any:vestfjord launch", first.Entities[0].ResolutionKeys);
    }

    [Fact]
    public void A_one_word_name_of_another_kind_stays_apart()
    {
        var builder = new GraphBuilder(new InMemoryEntityIndex());
        var first = builder.Resolve(OneName("first", EntityKind.Place, "Jordan"));
        var second = builder.Resolve(OneName("second", EntityKind.Person, "Jordan"));

        Assert.NotEqual(Assert.Single(first.Entities).Id, Assert.Single(second.Entities).Id);
        Assert.True(second.Entities[0].IsNew);
    }
}
