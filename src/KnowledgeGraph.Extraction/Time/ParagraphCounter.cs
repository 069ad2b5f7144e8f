namespace KnowledgeGraph.Extraction.Time;

/// <summary>
/// Numbers the paragraphs (lines, in cleaned articles) of a text for sentences asked about in increasing order, so
/// that numbering a whole document costs one pass over its sentences.
/// </summary>
internal sealed class ParagraphCounter(AnalyzedText text)
{
    private int _nextSentence;
    private int _paragraph = -1;

    /// <summary>The paragraph of <paramref name="sentence"/>; sentences must be asked in non-decreasing order.</summary>
    public int ParagraphOf(int sentence)
    {
        while (_nextSentence <= sentence)
        {
            if (_nextSentence == 0 || text.Tokens[text.Sentences[_nextSentence].FirstToken].LineStart)
            {
                _paragraph++;
            }

            _nextSentence++;
        }

        return _paragraph;
    }
}
