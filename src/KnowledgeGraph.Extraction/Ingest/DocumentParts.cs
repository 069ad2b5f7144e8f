using System.Globalization;
using KnowledgeGraph.Core.Documents;

namespace KnowledgeGraph.Extraction.Ingest;

/// <summary>
/// Cuts a cleaned document that is far longer than any news article (a log, a dump, a whole book pasted into one
/// file) into parts of bounded length, each stored and extracted as a document of its own. Extraction holds a whole
/// document in memory several times over, so an unbounded one could exhaust memory; parts keep all the text but the
/// whitespace at the cuts while bounding that cost.
/// </summary>
public static class DocumentParts
{
    /// <summary>About 30,000 words: several times the longest long-read, so no real article is ever cut.</summary>
    public const int MaxCharacters = 200_000;

    /// <summary>
    /// The document itself when it is at most <paramref name="maxCharacters"/> long; otherwise its parts, in order,
    /// cut at a paragraph break, else a line break, else a sentence end, else a space in the second half of each
    /// stretch, and named <c>path#partN</c> with "(part N of M)" after the title.
    /// </summary>
    public static IReadOnlyList<Document> Split(Document document, int maxCharacters = MaxCharacters)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxCharacters, 2);
        var text = document.Text;
        if (text.Length <= maxCharacters)
        {
            return [document];
        }

        var pieces = new List<string>();
        var start = 0;
        while (start < text.Length)
        {
            var end = start + maxCharacters >= text.Length ? text.Length : CutBefore(text, start, start + maxCharacters);
            var piece = text[start..end].TrimEnd();
            if (piece.Length > 0)
            {
                pieces.Add(piece);
            }

            start = end;
            while (start < text.Length && char.IsWhiteSpace(text[start]))
            {
                start++;
            }
        }

        return pieces.Select((piece, i) => document with
        {
            Path = string.Create(CultureInfo.InvariantCulture, $"{document.Path}#part{i + 1}"),
            Title = string.Create(CultureInfo.InvariantCulture, $"{document.Title} (part {i + 1} of {pieces.Count})"),
            Text = piece,
            ContentHash = ContentHash.Of(piece),
        }).ToList();
    }

    /// <summary>Where to end the part that starts at <paramref name="start"/> and may not reach <paramref name="limit"/>.</summary>
    private static int CutBefore(string text, int start, int limit)
    {
        var window = text.AsSpan(start, limit - start);
        var half = window.Length / 2;
        foreach (var boundary in new[] { "\n\n", "\n", ". " })
        {
            var at = window.LastIndexOf(boundary, StringComparison.Ordinal);
            if (at >= half)
            {
                return start + at + boundary.Length;
            }
        }

        var space = window.LastIndexOfAny(' ', '\t');
        if (space >= half)
        {
            return start + space + 1;
        }

        // No break at all: cut anywhere but between the two halves of a surrogate pair.
        return char.IsLowSurrogate(text[limit]) ? limit - 1 : limit;
    }
}
