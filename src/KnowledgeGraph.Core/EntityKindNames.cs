namespace KnowledgeGraph.Core;

/// <summary>Converts kinds to and from the lower-case names stored in <c>entities.kind</c> and written to exports.</summary>
public static class EntityKindNames
{
    public static string ToName(this EntityKind kind) => kind switch
    {
        EntityKind.Person => "person",
        EntityKind.Organization => "organization",
        EntityKind.Place => "place",
        EntityKind.Event => "event",
        _ => "other",
    };

    public static EntityKind Parse(string name) => TryParse(name, out var kind)
        ? kind
        : throw new ArgumentException($"Unknown entity kind '{name}'. Expected one of: person, organization, place, event, other.", nameof(name));

    public static bool TryParse(string? name, out EntityKind kind)
    {
        kind = name?.Trim().ToLowerInvariant() switch
        {
            "person" => EntityKind.Person,
            "organization" or "organisation" => EntityKind.Organization,
            "place" => EntityKind.Place,
            "event" => EntityKind.Event,
            "other" => EntityKind.Other,
            _ => (EntityKind)(-1),
        };
        return Enum.IsDefined(kind);
    }
}
