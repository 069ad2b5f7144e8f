using System.Text.Json;

namespace KnowledgeGraph.Cli.Tests.Support;

/// <summary>
/// The entities of the hand-made gold standard (../shared/gold/seeds.gold.json) that scoring needs.
/// <paramref name="AcceptableTypes"/> are the other types the gold file accepts for a borderline entity (USMCA:
/// organization, agreement, law, misc, event); empty for most. <paramref name="Metonyms"/> are other gold entities'
/// names that the text also uses for this one: a capital standing for its country's government ("Buenos Aires could
/// not impose rules" is Argentina acting). Only our own gold file has them.
/// </summary>
internal sealed record GoldEntity(
    string Id, string Type, bool MustFind, IReadOnlyList<string> Aliases, IReadOnlyList<string>? AcceptableTypes = null, IReadOnlyList<string>? Metonyms = null);

internal static class GoldStandard
{
    public static IReadOnlyList<GoldEntity> LoadEntities(string path)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        return json.RootElement.GetProperty("entities").EnumerateArray()
            .Select(e => new GoldEntity(
                e.GetProperty("id").GetString()!,
                e.GetProperty("type").GetString()!,
                e.TryGetProperty("must_find", out var mustFind) && mustFind.GetBoolean(),
                e.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()!).ToList(),
                e.TryGetProperty("acceptable_types", out var types) ? types.EnumerateArray().Select(t => t.GetString()!).ToList() : [],
                e.TryGetProperty("metonyms", out var metonyms) ? metonyms.EnumerateArray().Select(m => m.GetString()!).ToList() : []))
            .ToList();
    }
}
