using System.Globalization;
using System.Text;
using KnowledgeGraph.Core;
using KnowledgeGraph.Core.Text;

namespace KnowledgeGraph.Extraction.Names;

/// <summary>
/// Normalised forms of names for matching: case, accents and punctuation folded away, so that "Ramón de la Fuente",
/// "RAMON DE LA FUENTE" and "Ramon De la Fuente" agree, and "U.S." agrees with "US".
/// </summary>
public static class NameKey
{
    /// <summary>Lower-case, accent-free words of <paramref name="name"/> joined by single spaces.</summary>
    public static string Fold(string name)
    {
        var folded = DiacriticFolding.Fold(name);
        var builder = new StringBuilder(folded.Length);
        var pendingSpace = false;
        foreach (var c in folded)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark || c is '.' or '\'' or '’')
            {
                continue;
            }

            if (char.IsLetterOrDigit(c) || c == '@')
            {
                if (pendingSpace && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                builder.Append(char.ToLowerInvariant(c));
                pendingSpace = false;
            }
            else
            {
                pendingSpace = true;
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// The resolution key of a name of a kind: "name:marco rubio", "place:mexico city". People and untyped names
    /// share one key space ("name"), because a name seen without a person cue in one article is typed "other" there
    /// and must still meet the same person named with a title in another.
    /// </summary>
    public static string For(EntityKind kind, string name) => $"{KeySpace(kind)}:{Fold(name)}";

    /// <summary>
    /// The key that finds a name of several words whatever kind the tagger gave it ("any:vestfjord launch"): the
    /// same company tagged an organization in one article and a person in the next is one entity, and the kind first
    /// stored wins. Null for one word, which is too little to go on ("Jordan" the country, "Jordan" the player).
    /// </summary>
    public static string? AnyKind(string name)
    {
        var folded = Fold(name);
        return folded.Contains(' ', StringComparison.Ordinal) ? "any:" + folded : null;
    }

    private static string KeySpace(EntityKind kind) => kind is EntityKind.Person or EntityKind.Other ? "name" : kind.ToName();
}
