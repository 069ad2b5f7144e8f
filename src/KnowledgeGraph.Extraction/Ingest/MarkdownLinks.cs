namespace KnowledgeGraph.Extraction.Ingest;

/// <summary>
/// Images ("![alt](src)", "![alt][ref]") are removed; links ("[text](url)", "[text][ref]") keep their text.
/// Images go first, in a pass of their own, so that a linked image ("[![badge](b.svg)](url)") disappears whole.
/// Link text holds no "]"; a destination may hold one level of balanced parentheses ("a_(b)").
/// </summary>
internal static class MarkdownLinks
{
    public static List<InlineCell> RemoveImages(List<InlineCell> cells) => Rewrite(cells, images: true);

    public static List<InlineCell> KeepLinkText(List<InlineCell> cells) => Rewrite(cells, images: false);

    private static List<InlineCell> Rewrite(List<InlineCell> cells, bool images)
    {
        var closingBracket = InlineCell.NextIndexWhere(cells, cell => cell.Is(']'));
        var destinationEnd = DestinationEnds(cells);
        var output = new List<InlineCell>(cells.Count);
        var i = 0;
        while (i < cells.Count)
        {
            var textStart = images
                ? (cells[i].Is('!') && i + 1 < cells.Count && cells[i + 1].Is('[') ? i + 2 : -1)
                : (cells[i].Is('[') ? i + 1 : -1);
            var textEnd = textStart < 0 ? -1 : closingBracket[textStart];
            var end = textEnd < 0 ? -1 : LinkEnd(cells, textEnd, closingBracket, destinationEnd);
            if (end < 0)
            {
                output.Add(cells[i]);
                i++;
                continue;
            }

            if (!images)
            {
                output.AddRange(cells.GetRange(textStart, textEnd - textStart));
            }

            i = end + 1;
        }

        return output;
    }

    /// <summary>The index of the ")" or "]" that ends the target after the text's "]", or -1 when there is none.</summary>
    private static int LinkEnd(List<InlineCell> cells, int textEnd, int[] closingBracket, int[] destinationEnd)
    {
        if (textEnd + 1 >= cells.Count)
        {
            return -1;
        }

        var opening = cells[textEnd + 1];
        return opening.Is('(') ? destinationEnd[textEnd + 2]
            : opening.Is('[') ? closingBracket[textEnd + 2]
            : -1;
    }

    /// <summary>
    /// For every position, the index of the ")" that closes a destination starting there, or -1. Computed from the
    /// right for both depths a destination can be at (outside or inside one inner pair of parentheses), so that
    /// trying a link at every "[" costs nothing extra.
    /// </summary>
    private static int[] DestinationEnds(List<InlineCell> cells)
    {
        var outside = new int[cells.Count + 1];
        var inside = new int[cells.Count + 1];
        outside[cells.Count] = -1;
        inside[cells.Count] = -1;
        for (var i = cells.Count - 1; i >= 0; i--)
        {
            if (cells[i].Is(')'))
            {
                outside[i] = i;
                inside[i] = outside[i + 1];
            }
            else if (cells[i].Is('('))
            {
                outside[i] = inside[i + 1];
                inside[i] = -1;
            }
            else
            {
                outside[i] = outside[i + 1];
                inside[i] = inside[i + 1];
            }
        }

        return outside;
    }
}
