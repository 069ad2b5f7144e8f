using KnowledgeGraph.Core;
using KnowledgeGraph.Core.Resolution;
using KnowledgeGraph.Extraction.Resolution;

namespace KnowledgeGraph.Extraction.Tests.Resolution;

/// <summary>
/// Two people who share a surname both register it. An article that names only the surname joins the one that earlier
/// articles linked to the most of the other entities it names, and neither when that does not decide.
/// </summary>
public sealed class GraphBuilderSharedKeyTests
{
    private readonly InMemoryEntityIndex _index = new();
    private readonly GraphBuilder _builder;
    private readonly long _marco;
    private readonly long _jane;

    public GraphBuilderSharedKeyTests()
    {
        _builder = new GraphBuilder(_index);
        _marco = IdOf(Resolve(new HandMadeArticle("marco", "Marco Rubio toured Calder Shipping in Varna. Rubio praised the docks.")
            .Entity(EntityKind.Person, "Marco Rubio", "Rubio")
            .Entity(EntityKind.Organization, "Calder Shipping")
            .Entity(EntityKind.Place, "Varna")), "Marco Rubio");
        _jane = IdOf(Resolve(new HandMadeArticle("jane", "Jane Rubio conducted the Ostrava Youth Choir in Varna. Rubio bowed.")
            .Entity(EntityKind.Person, "Jane Rubio", "Rubio")
            .Entity(EntityKind.Organization, "Ostrava Youth Choir")
            .Entity(EntityKind.Place, "Varna")), "Jane Rubio");
    }

    [Fact]
    public void Both_people_register_the_surname()
    {
        Assert.NotEqual(_marco, _jane);
        Assert.Equal([_marco, _jane], _index.Find("name:rubio"));
    }

    [Fact]
    public void The_surname_joins_the_person_earlier_articles_linked_to_its_company()
    {
        var choir = Resolve(new HandMadeArticle("choir", "Rubio thanked the Ostrava Youth Choir.")
            .Entity(EntityKind.Person, "Rubio")
            .Entity(EntityKind.Organization, "Ostrava Youth Choir"));
        var docks = Resolve(new HandMadeArticle("docks", "Rubio returned to Calder Shipping.")
            .Entity(EntityKind.Person, "Rubio")
            .Entity(EntityKind.Organization, "Calder Shipping"));

        Assert.Equal(_jane, IdOf(choir, "Rubio"));
        Assert.Equal(_marco, IdOf(docks, "Rubio"));
    }

    [Fact]
    public void The_person_linked_to_more_of_the_company_wins_over_one_linked_to_less()
    {
        // Varna was named with both; the choir only with Jane.
        var resolved = Resolve(new HandMadeArticle("concert", "Rubio sang with the Ostrava Youth Choir in Varna.")
            .Entity(EntityKind.Person, "Rubio")
            .Entity(EntityKind.Organization, "Ostrava Youth Choir")
            .Entity(EntityKind.Place, "Varna"));

        Assert.Equal(_jane, IdOf(resolved, "Rubio"));
    }

    [Fact]
    public void Company_linked_to_both_equally_gives_the_surname_to_the_entity_that_had_it_first()
    {
        var resolved = Resolve(new HandMadeArticle("varna", "Rubio arrived in Varna.")
            .Entity(EntityKind.Person, "Rubio")
            .Entity(EntityKind.Place, "Varna"));

        Assert.Equal(_marco, IdOf(resolved, "Rubio"));
        Assert.Equal([_marco, _jane], _index.Find("name:rubio"));
    }

    [Fact]
    public void Company_never_seen_with_either_gives_the_surname_to_the_entity_that_had_it_first()
    {
        var resolved = Resolve(new HandMadeArticle("lisbon", "Rubio spoke in Lisbon.")
            .Entity(EntityKind.Person, "Rubio")
            .Entity(EntityKind.Place, "Lisbon"));

        Assert.Equal(_marco, IdOf(resolved, "Rubio"));
    }

    [Fact]
    public void Undecided_articles_do_not_add_a_node_each()
    {
        var first = Resolve(new HandMadeArticle("oslo", "Rubio spoke in Oslo.").Entity(EntityKind.Person, "Rubio").Entity(EntityKind.Place, "Oslo"));
        var second = Resolve(new HandMadeArticle("bergen", "Rubio spoke in Bergen.").Entity(EntityKind.Person, "Rubio").Entity(EntityKind.Place, "Bergen"));

        Assert.Equal(IdOf(first, "Rubio"), IdOf(second, "Rubio"));
        Assert.Equal([_marco, _jane], _index.Find("name:rubio"));
    }

    [Fact]
    public void A_surname_an_article_keeps_apart_from_a_namesake_it_names_in_full_stays_apart()
    {
        // MentionResolver left "Rubio" on its own because the article names two Rubios; Calder Shipping would point to Marco.
        var resolved = Resolve(new HandMadeArticle("both", "Jane Rubio met Marco Rubio at Calder Shipping. Rubio said little.")
            .Entity(EntityKind.Person, "Jane Rubio")
            .Entity(EntityKind.Person, "Marco Rubio")
            .Entity(EntityKind.Organization, "Calder Shipping")
            .Entity(EntityKind.Person, "Rubio"));

        Assert.Equal(_jane, IdOf(resolved, "Jane Rubio"));
        Assert.Equal(_marco, IdOf(resolved, "Marco Rubio"));
        Assert.True(Assert.Single(resolved.Entities, e => e.Name == "Rubio").IsNew);
    }

    [Fact]
    public void A_full_name_still_finds_its_own_entity_whatever_the_surname_key_holds()
    {
        var resolved = Resolve(new HandMadeArticle("full", "Jane Rubio left Varna.")
            .Entity(EntityKind.Person, "Jane Rubio")
            .Entity(EntityKind.Place, "Varna"));

        Assert.Equal(_jane, IdOf(resolved, "Jane Rubio"));
    }

    private ResolvedDocument Resolve(HandMadeArticle article) => _builder.Resolve(article.Build());

    private static long IdOf(ResolvedDocument document, string name) =>
        document.Entities.Single(e => e.Aliases.Any(a => a.Alias == name)).Id;
}
