using KnowledgeGraph.Core;

namespace KnowledgeGraph.Extraction.Relations;

/// <summary>
/// located_in from the gazetteer: a city or subdivision of the document whose gazetteer entry gives its country,
/// linked to that country when the document names it too ("Mexico City" → "Mexico"). The evidence is the first
/// sentence naming the city, the place where a reader meets it.
/// </summary>
internal sealed class GazetteerContainment(DocumentEntities entities)
{
    /// <param name="firstSentence">For each entity that has a mention, the index of the first sentence naming it.</param>
    /// <param name="sink">Where the relations go.</param>
    public void Find(IReadOnlyDictionary<int, int> firstSentence, RelationSink sink)
    {
        var countriesByCode = firstSentence.Keys
            .Where(entities.IsCountry)
            .Where(id => entities.Entry(id)!.CountryCode is not null)
            .ToLookup(id => entities.Entry(id)!.CountryCode!, StringComparer.Ordinal);
        foreach (var (place, sentence) in firstSentence)
        {
            if (entities.Entry(place) is { PlaceType: "city" or "subdivision", CountryCode: { } code })
            {
                foreach (var country in countriesByCode[code])
                {
                    sink.Add(place, country, RelationKinds.LocatedIn, null, sentence);
                }
            }
        }
    }
}
