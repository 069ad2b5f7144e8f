using KnowledgeGraph.Core;
using KnowledgeGraph.Core.Facts;

namespace KnowledgeGraph.Storage.Tests;

public sealed class EntityQueryTests
{
    [Fact]
    public void Entities_are_listed_most_mentioned_first_then_by_name_with_distinct_documents()
    {
        using var store = KnowledgeGraphStore.OpenInMemory();
        store.Write([SampleNews.Bridge(), SampleNews.School(), SampleNews.Cafe()]);

        var entities = store.ListEntities(kind: null, top: 50);

        Assert.Equal(
            ["Ilse Varga", "Kessler Foundation", "Nørrebro", "Port Elling", "Tomas Brandt", "Zoë Ångström"],
            entities.Select(e => e.Name));
        Assert.Equal((SampleNews.Varga, EntityKind.Person, 5L, 3L), (entities[0].Id, entities[0].Kind, entities[0].MentionCount, entities[0].DocumentCount));
        Assert.Equal((3L, 2L), (entities[1].MentionCount, entities[1].DocumentCount));
        Assert.Equal([new AliasCount("Ilse Varga", 3), new AliasCount("Varga", 2)], entities[0].TopAliases);
    }

    [Fact]
    public void Top_and_kind_narrow_the_list()
    {
        using var store = KnowledgeGraphStore.OpenInMemory();
        store.Write([SampleNews.Bridge(), SampleNews.School(), SampleNews.Cafe()]);

        Assert.Equal(["Ilse Varga", "Kessler Foundation"], store.ListEntities(null, top: 2).Select(e => e.Name));
        Assert.Equal(["Nørrebro", "Port Elling"], store.ListEntities(EntityKind.Place, top: 50).Select(e => e.Name));
        Assert.Empty(store.ListEntities(EntityKind.Event, top: 50));
    }

    [Fact]
    public void Only_the_most_frequent_aliases_are_kept_ties_in_ordinal_order()
    {
        using var store = KnowledgeGraphStore.OpenInMemory();
        store.Write([new DocumentBuilder("f.txt", "Varga, then varga, then VARGA, then Ilse Varga, then Varga.")
            .Entity(1, isNew: true, EntityKind.Person, "Ilse Varga")
            .Mention(1, "Varga")
            .Mention(1, "varga")
            .Mention(1, "VARGA")
            .Mention(1, "Ilse Varga")
            .Mention(1, "Varga", occurrence: 2)
            .Build()]);

        var aliases = store.ListEntities(null, 50, aliasesEach: 3).Single().TopAliases;

        Assert.Equal([new AliasCount("Varga", 2), new AliasCount("Ilse Varga", 1), new AliasCount("VARGA", 1)], aliases);
    }

    [Fact]
    public void A_name_is_found_ignoring_case_beyond_ascii_and_before_any_alias()
    {
        using var store = KnowledgeGraphStore.OpenInMemory();
        store.Write([SampleNews.Bridge(), SampleNews.School(), SampleNews.Cafe()]);

        Assert.Equal([SampleNews.Angstrom], store.FindEntities("ZOË ÅNGSTRÖM").Select(e => e.Id));
        Assert.Equal([SampleNews.Varga], store.FindEntities(" varga ").Select(e => e.Id));
        Assert.Empty(store.FindEntities("Foundation"));
    }

    [Fact]
    public void A_name_shared_by_two_entities_finds_both()
    {
        using var store = KnowledgeGraphStore.OpenInMemory();
        store.Write([new DocumentBuilder("twins.txt", "Jordan Lee met Jordan in Jordan.")
            .Entity(1, isNew: true, EntityKind.Person, "Jordan Lee")
            .Entity(2, isNew: true, EntityKind.Place, "Jordan")
            .Mention(1, "Jordan Lee")
            .Mention(1, "Jordan", occurrence: 1)
            .Mention(2, "Jordan", occurrence: 2)
            .Build()]);

        // "Jordan" is a canonical name, so the alias of Jordan Lee does not count.
        Assert.Equal([2L], store.FindEntities("jordan").Select(e => e.Id));
        Assert.Equal([1L], store.FindEntities("jordan lee").Select(e => e.Id));
    }

    [Fact]
    public void An_alias_shared_by_two_entities_is_ambiguous()
    {
        using var store = KnowledgeGraphStore.OpenInMemory();
        store.Write([new DocumentBuilder("brothers.txt", "Anton Weiss and Bruno Weiss arrived. Weiss spoke. Later Weiss left.")
            .Entity(1, isNew: true, EntityKind.Person, "Anton Weiss")
            .Entity(2, isNew: true, EntityKind.Person, "Bruno Weiss")
            .Mention(1, "Anton Weiss")
            .Mention(2, "Bruno Weiss")
            .Mention(1, "Weiss", occurrence: 2)
            .Mention(2, "Weiss", occurrence: 3)
            .Build()]);

        Assert.Equal(["Anton Weiss", "Bruno Weiss"], store.FindEntities("WEISS").Select(e => e.Name));
    }

    [Fact]
    public void Suggestions_contain_the_text_or_failing_that_one_of_its_words()
    {
        using var store = KnowledgeGraphStore.OpenInMemory();
        store.Write([SampleNews.Bridge(), SampleNews.School(), SampleNews.Cafe()]);

        Assert.Equal(["Kessler Foundation"], store.SuggestEntities("foundation").Select(e => e.Name));
        Assert.Equal(["Ilse Varga", "Tomas Brandt"], store.SuggestEntities("Brandt Varga").Select(e => e.Name));
        Assert.Single(store.SuggestEntities("e", limit: 1));
        Assert.Empty(store.SuggestEntities("Nobody"));
    }

    [Fact]
    public void Details_hold_aliases_documents_and_the_strongest_relations_in_both_directions_with_evidence()
    {
        using var store = KnowledgeGraphStore.OpenInMemory();
        store.Write([SampleNews.Bridge(), SampleNews.School(), SampleNews.Cafe()]);

        var varga = store.GetEntity(SampleNews.Varga, relations: 3, evidenceEach: 2)!;

        Assert.Equal(("Ilse Varga", EntityKind.Person, 5L), (varga.Name, varga.Kind, varga.MentionCount));
        Assert.Equal([new AliasCount("Ilse Varga", 3), new AliasCount("Varga", 2)], varga.Aliases);
        Assert.Equal(
            [
                new EntityDocument(1, "Harbour bridge opens", "news/bridge.txt", 2),
                new EntityDocument(2, "A school for Port Elling", "news/school.md", 2),
                new EntityDocument(3, "news/café.html", "news/café.html", 1),
            ],
            varga.Documents);
        Assert.Equal(4, varga.RelationCount);
        Assert.Equal([2L, 1, 3], varga.Relations.Select(r => r.Id));
        var kessler = varga.Relations[0];
        Assert.Equal(
            (RelationKinds.CoMention, true, SampleNews.Kessler, "Kessler Foundation", EntityKind.Organization, 2.0, 2L),
            (kessler.Kind, kessler.IsOutgoing, kessler.OtherId, kessler.OtherName, kessler.OtherKind, kessler.Weight, kessler.DocumentCount));
        Assert.Equal(
            ["Varga thanked the Kessler Foundation for its support.", "Ilse Varga met Kessler Foundation director Tomas Brandt in Port Elling."],
            kessler.Evidence);
    }

    [Fact]
    public void Incoming_relations_name_their_source_and_keep_their_label()
    {
        using var store = KnowledgeGraphStore.OpenInMemory();
        store.Write([SampleNews.Bridge(), SampleNews.School()]);

        var director = store.GetEntity(SampleNews.Kessler)!.Relations.Single(r => r.Kind == "member_of");

        Assert.Equal((false, "Tomas Brandt", EntityKind.Person, "director"), (director.IsOutgoing, director.OtherName, director.OtherKind, director.Label));
        Assert.Equal(["Ilse Varga met Kessler Foundation director Tomas Brandt in Port Elling."], director.Evidence);
    }

    [Fact]
    public void Evidence_with_characters_outside_the_basic_plane_is_cut_in_code_points()
    {
        using var store = KnowledgeGraphStore.OpenInMemory();
        store.Write([SampleNews.Bridge(), SampleNews.Cafe()]);

        var norrebro = store.GetEntity(SampleNews.Norrebro, evidenceEach: 1)!.Relations.Single();

        Assert.Equal(["🎉 Café owner Zoë Ångström 🇸🇪 welcomed Ilse Varga to Nørrebro."], norrebro.Evidence);
        Assert.Equal("Zoë Ångström", norrebro.OtherName);
    }

    [Fact]
    public void An_unknown_id_has_no_details()
    {
        using var store = KnowledgeGraphStore.OpenInMemory();
        store.Write([SampleNews.Bridge()]);

        Assert.Null(store.GetEntity(42));
    }
}
