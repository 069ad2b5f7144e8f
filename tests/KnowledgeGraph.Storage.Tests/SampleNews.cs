using KnowledgeGraph.Core;
using KnowledgeGraph.Core.Resolution;

namespace KnowledgeGraph.Storage.Tests;

/// <summary>
/// Invented articles about an invented town, resolved by hand. Entity ids: 1 Ilse Varga, 2 Port Elling,
/// 3 Kessler Foundation, 4 Tomas Brandt, 5 Zoë Ångström, 6 Nørrebro.
/// </summary>
internal static class SampleNews
{
    public const long Varga = 1;
    public const long PortElling = 2;
    public const long Kessler = 3;
    public const long Brandt = 4;
    public const long Angstrom = 5;
    public const long Norrebro = 6;

    /// <summary>Introduces Varga, Port Elling and the Kessler Foundation.</summary>
    public static ResolvedDocument Bridge() => new DocumentBuilder(
            "news/bridge.txt",
            "Mayor Ilse Varga opened the new harbour bridge in Port Elling on Tuesday. " +
            "Varga thanked the Kessler Foundation for its support. " +
            "The Kessler Foundation paid for half of the bridge.",
            new DateOnly(2031, 4, 8),
            "Harbour bridge opens")
        .Entity(Varga, isNew: true, EntityKind.Person, "Ilse Varga", "ilse varga", "varga")
        .Entity(PortElling, isNew: true, EntityKind.Place, "Port Elling")
        .Entity(Kessler, isNew: true, EntityKind.Organization, "Kessler Foundation")
        .Mention(Varga, "Ilse Varga")
        .Mention(PortElling, "Port Elling")
        .Mention(Varga, "Varga", occurrence: 1)
        .Mention(Kessler, "Kessler Foundation")
        .Mention(Kessler, "Kessler Foundation", occurrence: 1)
        .CoMention(Varga, PortElling, 0)
        .CoMention(Varga, Kessler, 1)
        .Build();

    /// <summary>Meets the three entities of <see cref="Bridge"/> again and introduces Brandt.</summary>
    public static ResolvedDocument School() => new DocumentBuilder(
            "news/school.md",
            "Ilse Varga met Kessler Foundation director Tomas Brandt in Port Elling. " +
            "Brandt said the foundation would fund a school. " +
            "Varga welcomed the plan.",
            null,
            "A school for Port Elling")
        .Entity(Varga, isNew: false, EntityKind.Person, "Ilse Varga", "ilse varga", "varga")
        .Entity(PortElling, isNew: false, EntityKind.Place, "Port Elling")
        .Entity(Kessler, isNew: false, EntityKind.Organization, "Kessler Foundation")
        .Entity(Brandt, isNew: true, EntityKind.Person, "Tomas Brandt", "tomas brandt", "brandt")
        .Mention(Varga, "Ilse Varga")
        .Mention(Kessler, "Kessler Foundation")
        .Mention(Brandt, "Tomas Brandt")
        .Mention(PortElling, "Port Elling")
        .Mention(Brandt, "Brandt", occurrence: 1)
        .Mention(Varga, "Varga", occurrence: 1)
        .CoMention(Varga, Kessler, 0)
        .CoMention(Varga, Brandt, 0)
        .Relation(Brandt, Kessler, "member_of", "director", 0)
        .Build();

    /// <summary>
    /// Characters outside the Basic Multilingual Plane (a party popper, a two-code-point flag) and accented letters
    /// before the mentions, where .NET and SQLite count offsets differently.
    /// </summary>
    public static ResolvedDocument Cafe() => new DocumentBuilder(
            "news/café.html",
            "🎉 Café owner Zoë Ångström 🇸🇪 welcomed Ilse Varga to Nørrebro. " +
            "Ångström 😀 served her a cinnamon bun in Nørrebro.",
            new DateOnly(2031, 5, 1))
        .Entity(Varga, isNew: false, EntityKind.Person, "Ilse Varga", "ilse varga", "varga")
        .Entity(Angstrom, isNew: true, EntityKind.Person, "Zoë Ångström", "zoë ångström")
        .Entity(Norrebro, isNew: true, EntityKind.Place, "Nørrebro")
        .Mention(Angstrom, "Zoë Ångström")
        .Mention(Varga, "Ilse Varga")
        .Mention(Norrebro, "Nørrebro")
        .Mention(Angstrom, "Ångström", occurrence: 1)
        .Mention(Norrebro, "Nørrebro", occurrence: 1)
        .CoMention(Varga, Angstrom, 0)
        .CoMention(Angstrom, Norrebro, 0, 1)
        .Build();
}
