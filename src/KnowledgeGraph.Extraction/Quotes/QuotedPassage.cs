using KnowledgeGraph.Core;

namespace KnowledgeGraph.Extraction.Quotes;

/// <summary>
/// Words between quotation marks, found by their marks alone, before anyone asks who said them.
/// </summary>
/// <param name="OpenMark">Offset of the opening mark.</param>
/// <param name="CloseMarkEnd">Offset just past the closing mark; the end of the paragraph when it is left open.</param>
/// <param name="Words">The quoted words without the marks and the white space inside them.</param>
/// <param name="WordCount">How many words the passage holds; a short one is a title or a scare quote unless attributed.</param>
/// <param name="RunsIntoNextParagraph">
/// Left open at the end of its paragraph because the next paragraph reopens it: the news convention for a quotation
/// of several paragraphs.
/// </param>
internal readonly record struct QuotedPassage(int OpenMark, int CloseMarkEnd, TextSpan Words, int WordCount, bool RunsIntoNextParagraph)
{
    /// <summary>The passage with its marks: the span no attribution may look into.</summary>
    public TextSpan Extent => new(OpenMark, CloseMarkEnd);
}
