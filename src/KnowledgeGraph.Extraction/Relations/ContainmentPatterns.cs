using KnowledgeGraph.Core;
using KnowledgeGraph.Extraction.Gazetteers;

namespace KnowledgeGraph.Extraction.Relations;

/// <summary>
/// located_in from the text: "Oaxaca, Mexico", "in Valparaíso, Chile", "the city of X in Y", "X, the capital of Y",
/// "X, the Chilean capital", "Y’s capital, X". The container must be a country or a subdivision the gazetteer knows
/// and larger than the place in it, and where the gazetteer knows both countries they must agree, so a list of
/// towns ("Lima, Quito") or of states ("Oaxaca, Chiapas") is no containment.
/// </summary>
internal sealed class ContainmentPatterns(RelationCues cues, DocumentEntities entities, Gazetteer gazetteer) : ISentencePattern
{
    public void Find(FramedSentence sentence, RelationSink sink)
    {
        var view = sentence.View;
        for (var i = 0; i < view.Slots.Count; i++)
        {
            var place = view.Slots[i];
            if (!entities.IsPlace(place.EntityId))
            {
                continue;
            }

            if (ContainerAfter(view, place) is { } container && CanContain(container, place.EntityId))
            {
                sink.Add(place.EntityId, container, RelationKinds.LocatedIn, null, sentence.Index);
            }

            if (ContainerBefore(view, place) is { } capitalOf && CanContain(capitalOf, place.EntityId))
            {
                sink.Add(place.EntityId, capitalOf, RelationKinds.LocatedIn, null, sentence.Index);
            }
        }
    }

    /// <summary>
    /// The place named after <paramref name="place"/>: "X, Y", "[city of] X in Y", "X, [the] capital of Y",
    /// "X, [the] Chilean capital", "X, Y’s capital".
    /// </summary>
    private int? ContainerAfter(SentenceView view, MentionSlot place)
    {
        var k = place.End;
        if (view.IsWord(k, "in") && cues.PlaceNouns.StartOfPhraseEndingAt(view, place.First - 1) >= 0 && view.IsWord(place.First - 1, "of"))
        {
            return PlaceStartingAt(view, view.IsWord(k + 1, "the") ? k + 2 : k + 1);
        }

        if (!view.IsWord(k, ","))
        {
            return null;
        }

        k++;
        if (PlaceStartingAt(view, k) is { } next)
        {
            var nextEnd = view.Slots[view.SlotIndexStartingAt(k)!.Value].End;
            if (view.IsPossessive(nextEnd))
            {
                return cues.CapitalNouns.MatchAt(view, nextEnd + 1).Success ? next : null;
            }

            return next;
        }

        if (view.IsWord(k, "the"))
        {
            k++;
        }

        if (cues.CapitalNouns.MatchAt(view, k) is { Success: true } capital && view.IsWord(k + capital.Length, "of"))
        {
            var of = k + capital.Length + 1;
            return PlaceStartingAt(view, view.IsWord(of, "the") ? of + 1 : of);
        }

        return CapitalOfDemonym(view, k);
    }

    /// <summary>"the Chilean capital, X", "the Chilean capital X", "Y’s capital, X".</summary>
    private int? ContainerBefore(SentenceView view, MentionSlot place)
    {
        var k = view.IsWord(place.First - 1, ",") ? place.First - 1 : place.First;
        var capitalStart = cues.CapitalNouns.StartOfPhraseEndingAt(view, k);
        if (capitalStart < 0)
        {
            return null;
        }

        if (view.IsPossessive(capitalStart - 1) && view.SlotIndexEndingAt(capitalStart - 1) is { } owner)
        {
            var id = view.Slots[owner].EntityId;
            return entities.IsPlace(id) ? id : null;
        }

        return CapitalOfDemonym(view, capitalStart - 1) is { } country && view.IsWord(capitalStart - 2, "the") ? country : null;
    }

    /// <summary>"Chilean capital" at <paramref name="token"/>: the country entity of the demonym.</summary>
    private int? CapitalOfDemonym(SentenceView view, int token)
    {
        var demonym = view.Word(token);
        if (demonym.Length == 0 || gazetteer.CountryOfDemonym(demonym) is not { } country || country == "-")
        {
            return null;
        }

        return cues.CapitalNouns.MatchAt(view, token + 1).Success ? entities.CountryNamed(country) : null;
    }

    private int? PlaceStartingAt(SentenceView view, int token) =>
        view.SlotIndexStartingAt(token) is { } slot && entities.IsPlace(view.Slots[slot].EntityId) ? view.Slots[slot].EntityId : null;

    /// <summary>
    /// A country or subdivision the gazetteer knows, larger than the place (a country is never in anything here),
    /// and in the same country when the gazetteer knows both.
    /// </summary>
    private bool CanContain(int container, int place)
    {
        if (container == place || entities.Entry(container) is not { } outer || outer.PlaceType is not ("country" or "subdivision"))
        {
            return false;
        }

        if (entities.PlaceRank(place) >= entities.PlaceRank(container))
        {
            return false;
        }

        var inner = entities.Entry(place);
        return inner?.CountryCode is null || outer.CountryCode is null || inner.CountryCode == outer.CountryCode;
    }
}
