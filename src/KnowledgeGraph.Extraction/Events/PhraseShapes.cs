using KnowledgeGraph.Extraction.Gazetteers;

namespace KnowledgeGraph.Extraction.Events;

/// <summary>
/// What a token is to the phrase around it, without a parser: part of a name phrase ("the", "Secretary of State",
/// "Mexican", "'s"), a plain word that may end one, the preposition before a name, the start of a new clause, an
/// apposition. The readers of subjects and objects share these judgements.
/// </summary>
internal sealed class PhraseShapes(EventTokenView view, Gazetteer gazetteer)
{
    /// <summary>A lower-case word that is not punctuation: the kind of token that may end a phrase.</summary>
    public bool IsPlainWord(int k) => char.IsLetter(view.Words[k][0]) && !EventGrammar.IsCapitalized(view.Words[k]);

    /// <summary>A token that sits between or around names without ending a phrase: "and", ",", "the", titles, "Mexican", "'s".</summary>
    public bool IsInsideNamePhrase(int k)
    {
        var word = view.Lower[k];
        return EventGrammar.Conjunctions.Contains(word)
            || EventGrammar.Determiners.Contains(word)
            || EventGrammar.PossessiveEndings.Contains(view.Words[k])
            || EventGrammar.IsCapitalized(view.Words[k])
            || EventGrammar.IsNumber(word)
            || gazetteer.Titles.IsTitleWord(word)
            || gazetteer.IsDemonym(view.Words[k]);
    }

    /// <summary>"Secretary of State", "Ministry of Foreign Affairs": an "of" inside a title or name, not one that relates.</summary>
    public bool IsTitleOf(int k, int first) =>
        view.Lower[k] == "of"
        && k > first
        && k + 1 < view.Words.Count
        && view.MentionAt(k - 1) < 0
        && (gazetteer.Titles.IsTitleWord(view.Lower[k - 1]) || EventGrammar.IsCapitalized(view.Words[k - 1]))
        && (EventGrammar.IsCapitalized(view.Words[k + 1]) || view.Lower[k + 1] == "the" || view.MentionAt(k + 1) >= 0);

    /// <summary>The preposition right before a name, across determiners and titles ("in the city of"), or null.</summary>
    public string? PrepositionBefore(int mentionFirst, int first)
    {
        for (var k = mentionFirst - 1; k >= first && k >= mentionFirst - 4; k--)
        {
            var word = view.Lower[k];
            if (EventGrammar.Prepositions.ContainsKey(word) && !IsTitleOf(k, first))
            {
                return word;
            }

            if (view.MentionAt(k) >= 0 || !(EventGrammar.Determiners.Contains(word) || EventGrammar.IsCapitalized(view.Words[k])
                || gazetteer.Titles.IsTitleWord(word) || gazetteer.IsDemonym(view.Words[k])))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>
    /// Whether the words from <paramref name="from"/> open a clause of their own: a name (with its titles) followed by
    /// an auxiliary or a plain word, as in "..., and Ruiz will visit".
    /// </summary>
    public bool StartsClause(int from, int end)
    {
        var k = from;
        while (k < end && view.MentionAt(k) < 0 && IsInsideNamePhrase(k) && view.Words[k] != ",")
        {
            k++;
        }

        if (k >= end || view.MentionAt(k) < 0)
        {
            return false;
        }

        var after = view.MentionEnd(view.MentionAt(k));
        return after < end && (EventGrammar.Auxiliaries.Contains(view.Lower[after])
            || (IsPlainWord(after) && !EventGrammar.Prepositions.ContainsKey(view.Lower[after])
                && !EventGrammar.Conjunctions.Contains(view.Lower[after])));
    }

    /// <summary>
    /// The comma closing an apposition that opens at the comma <paramref name="comma"/> with a determiner (", a former
    /// mayor,", ", the defense minister,"), or null when what follows the comma is no such apposition.
    /// </summary>
    public int? AppositionEnd(int comma, int end)
    {
        if (comma + 1 >= end || !EventGrammar.Determiners.Contains(view.Lower[comma + 1]))
        {
            return null;
        }

        for (var k = comma + 2; k < end && k <= comma + 7; k++)
        {
            if (view.Words[k] == ",")
            {
                return k;
            }

            if (view.MentionAt(k) >= 0 || view.TimeAt(k) >= 0 || view.IsParticipantBreak(k, gazetteer))
            {
                return null;
            }
        }

        return null;
    }

    // The place or country named right after a preposition, across determiners and descriptive capitals.
    public int? PlaceNameAfter(int from, int end)
    {
        for (var k = from; k < end && k < from + 4; k++)
        {
            if (view.MentionAt(k) >= 0)
            {
                var entity = view.EntityOf(view.MentionAt(k));
                return view.Standing(entity) is EntityStanding.Place or EntityStanding.Country ? entity : null;
            }

            if (!EventGrammar.Determiners.Contains(view.Lower[k]) && !EventGrammar.IsCapitalized(view.Words[k]))
            {
                return null;
            }
        }

        return null;
    }
}
