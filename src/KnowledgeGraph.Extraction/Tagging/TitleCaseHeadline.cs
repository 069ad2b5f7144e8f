using KnowledgeGraph.Extraction.Sentences;

namespace KnowledgeGraph.Extraction.Tagging;

/// <summary>
/// A title-case or all-capital line without final punctuation ("Minister Defends Stance on Water Deal"): there
/// capitalisation marks the style, not names, so both taggers keep only the names the rest of the article confirms.
/// </summary>
public static class TitleCaseHeadline
{
    private const double CapitalShare = 0.75;
    private const int ShortestWords = 4;

    public static bool Is(AnalyzedText text, Sentence sentence)
    {
        var last = text.TokenText(sentence.EndToken - 1);
        if (WordShape.IsFinalPunctuation(last) || last is "”" or "\"")
        {
            return false;
        }

        var words = 0;
        var capitalized = 0;
        for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            var word = text.Tokens[i].In(text.Text);
            if (word.Length >= 4 && WordShape.IsWordLike(word))
            {
                words++;
                capitalized += WordShape.IsCapitalized(word) ? 1 : 0;
            }
        }

        return words >= ShortestWords && capitalized >= CapitalShare * words;
    }
}
