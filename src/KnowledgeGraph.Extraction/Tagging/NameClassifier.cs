using KnowledgeGraph.Core;
using KnowledgeGraph.Extraction.Gazetteers;

namespace KnowledgeGraph.Extraction.Tagging;

/// <summary>
/// Decides what a capitalised name is from its words alone: gazetteer first, then head words
/// ("Department" → organization, "Palace", "San …", "Port of …" → place, "War" → event), then the shape of personal names.
/// Returns null for spans that are not names at all (a demonym, a title or a common word on its own).
/// A name is only called a person's with some evidence: a known given name, name particles, or a cue from the
/// context (a title before it, a verb of saying next to it); capitalised words without any are <c>Other</c>.
/// </summary>
public sealed class NameClassifier(Gazetteer gazetteer)
{
    private const int LongestPersonName = 5;

    public EntityKind? Classify(IReadOnlyList<string> words, bool personCue = false)
    {
        if (words.Count == 0)
        {
            return null;
        }

        if (gazetteer.Find(string.Join(' ', words)) is { } known)
        {
            return known.Kind;
        }

        if (words.Any(w => w.Contains('-') && w.Split('-').Any(part => gazetteer.Find(part) is not null)))
        {
            return null; // "U.S.-Mexico", "Mexico-United States": an adjective joining places, not a name
        }

        var last = words[^1].TrimEnd('.');
        if (gazetteer.IsDemonym(last) || gazetteer.IsDemonym(string.Join(' ', words)))
        {
            return null; // "Mexican", "Latin American", "Mexicans": nationalities, not entities
        }

        if (words.Count == 1)
        {
            return ClassifySingleWord(words[0], personCue);
        }

        if (words.Any(gazetteer.IsOrganizationWord))
        {
            return EntityKind.Organization;
        }

        if (gazetteer.IsEventWord(last))
        {
            return EntityKind.Event;
        }

        if (gazetteer.IsPlaceWord(last) || gazetteer.IsPlaceWord(words[0]))
        {
            return EntityKind.Place;
        }

        if (words.Any(w => w.Any(char.IsDigit)))
        {
            return EntityKind.Other;
        }

        if (words.Any(word => NameConnectors.IsFunctionWord(word)) || words.Count > LongestPersonName)
        {
            return EntityKind.Other;
        }

        if (words.All(w => WordShape.IsAllCapitals(w)) && !gazetteer.IsFirstName(words[0]))
        {
            return EntityKind.Organization; // "ANA RUIZ" in a byline is a person; "NORDIC PORT WORKERS" is not
        }

        var particleInside = words.Skip(1).SkipLast(1).Any(w => NameConnectors.IsParticle(w) && char.IsLower(w[0]));
        return gazetteer.IsFirstName(words[0]) || particleInside || personCue ? EntityKind.Person : EntityKind.Other;
    }

    private EntityKind? ClassifySingleWord(string word, bool personCue)
    {
        var bare = word.TrimEnd('.');
        if (bare.Length < 2 || gazetteer.IsCommonWord(bare) || gazetteer.Titles.IsTitle(word)
            || gazetteer.IsOrganizationWord(bare) || gazetteer.IsEventWord(bare) || gazetteer.IsPlaceWord(bare))
        {
            return null;
        }

        if (WordShape.IsAllCapitals(word))
        {
            return EntityKind.Organization; // "USMCA", "NATO": acronyms not in the gazetteer are mostly bodies
        }

        // A lone surname is recognised by its context here; resolution also attaches it to the full name when the
        // document gives one, whatever kind it was given.
        return personCue && word.All(c => char.IsLetter(c) || c is '-' or '\'' or '’') ? EntityKind.Person : EntityKind.Other;
    }
}
