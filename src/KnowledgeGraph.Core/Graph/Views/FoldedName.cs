using System.Text;
using KnowledgeGraph.Core.Text;

namespace KnowledgeGraph.Core.Graph.Views;

/// <summary>
/// A name as a user may type it, folded for a forgiving comparison: "marco rubio", "MARCO  RUBIO" and "Marco Rubió"
/// all fold to "marco rubio". Punctuation is kept, unlike the resolution keys, because here it only ever helps to
/// tell two entities apart.
/// </summary>
internal static class FoldedName
{
    public static string Of(string name)
    {
        var folded = DiacriticFolding.Fold(name);
        var builder = new StringBuilder(folded.Length);
        foreach (var word in folded.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            builder.Append(builder.Length == 0 ? string.Empty : " ").Append(word.ToLowerInvariant());
        }

        return builder.ToString();
    }
}
