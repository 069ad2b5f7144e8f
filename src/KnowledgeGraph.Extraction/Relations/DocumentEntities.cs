using KnowledgeGraph.Core;
using KnowledgeGraph.Core.Facts;
using KnowledgeGraph.Extraction.Gazetteers;

namespace KnowledgeGraph.Extraction.Relations;

/// <summary>
/// What each entity of one document can be in a relation: a person, an organization, a country (a place the
/// gazetteer calls a country), another place, a party. Every pattern checks the kinds of both ends, so the answers
/// are worked out once per document here.
/// </summary>
internal sealed class DocumentEntities
{
    private readonly IReadOnlyList<LocalEntity> _entities;
    private readonly GazetteerEntry?[] _entries;
    private readonly bool[] _parties;

    public DocumentEntities(IReadOnlyList<LocalEntity> entities, Gazetteer gazetteer, RelationCues cues)
    {
        _entities = entities;
        _entries = entities.Select(entity => entity.Kind == EntityKind.Place ? PlaceEntry(entity, gazetteer) : null).ToArray();
        _parties = entities.Select(entity => entity.Kind == EntityKind.Organization && IsPartyName(entity.Name, cues)).ToArray();
    }

    /// <summary>True for an id that names an entity of this document; mentions of anything else link nothing.</summary>
    public bool Contains(int id) => id >= 0 && id < _entities.Count && _entities[id].Id == id;

    public string Name(int id) => _entities[id].Name;

    public bool IsPerson(int id) => _entities[id].Kind == EntityKind.Person;

    public bool IsOrganization(int id) => _entities[id].Kind == EntityKind.Organization;

    public bool IsPlace(int id) => _entities[id].Kind == EntityKind.Place;

    public bool IsCountry(int id) => _entries[id]?.PlaceType == "country";

    /// <summary>The gazetteer's record of a place entity, or null for anything else or an unknown place.</summary>
    public GazetteerEntry? Entry(int id) => _entries[id];

    /// <summary>An organization whose name is a party's ("Labour Party", or "Republican" on its own).</summary>
    public bool IsParty(int id) => _parties[id];

    /// <summary>What an office is held in: a country or an organization, never a city or a person.</summary>
    public bool CanHoldOffice(int id) => IsOrganization(id) || IsCountry(id);

    /// <summary>Who can meet or be met: people, organizations and countries, not towns or regions.</summary>
    public bool CanMeet(int id) => IsPerson(id) || IsOrganization(id) || IsCountry(id);

    /// <summary>Who can travel: people and organizations (a delegation named by its body).</summary>
    public bool CanTravel(int id) => IsPerson(id) || IsOrganization(id);

    /// <summary>
    /// How large a place is, so that only a smaller place lies in a larger one: 3 country, 2 subdivision or region,
    /// 1 city, 0 unknown to the gazetteer.
    /// </summary>
    public int PlaceRank(int id) => _entries[id]?.PlaceType switch
    {
        "country" => 3,
        "subdivision" or "region" => 2,
        "city" => 1,
        _ => 0,
    };

    /// <summary>The country entity of this document the gazetteer knows as <paramref name="country"/> ("Mexico").</summary>
    public int? CountryNamed(string country)
    {
        for (var id = 0; id < _entities.Count; id++)
        {
            if (IsCountry(id) && (string.Equals(_entries[id]!.Name, country, StringComparison.Ordinal)
                || string.Equals(_entities[id].Name, country, StringComparison.Ordinal)))
            {
                return id;
            }
        }

        return null;
    }

    /// <summary>
    /// The party of this document that an adjective names ("Democrat" → "Democratic Party"), its full name before a
    /// bare "Labour" the tagger may have kept apart.
    /// </summary>
    public int? PartyCalled(string adjective)
    {
        int? bare = null;
        for (var id = 0; id < _entities.Count; id++)
        {
            if (_parties[id] && _entities[id].Name.StartsWith(adjective, StringComparison.OrdinalIgnoreCase))
            {
                if (_entities[id].Name.Length > adjective.Length)
                {
                    return id;
                }

                bare ??= id;
            }
        }

        return bare;
    }

    private static GazetteerEntry? PlaceEntry(LocalEntity entity, Gazetteer gazetteer)
    {
        var entry = gazetteer.Find(entity.Name);
        if (entry?.Kind == EntityKind.Place)
        {
            return entry;
        }

        // A place may be known under a form the document also used ("U.S." for a name the tagger built otherwise).
        return entity.Aliases
            .Select(alias => gazetteer.Find(alias.Alias))
            .FirstOrDefault(found => found?.Kind == EntityKind.Place);
    }

    private static bool IsPartyName(string name, RelationCues cues)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Any(cues.PartyWords.Contains) || (words.Length == 1 && cues.PartyAdjectives.Contains(words[0]));
    }
}
