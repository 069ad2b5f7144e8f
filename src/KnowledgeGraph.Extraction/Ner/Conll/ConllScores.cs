using System.Globalization;
using System.Text;

namespace KnowledgeGraph.Extraction.Ner.Conll;

/// <summary>The result of a conlleval-style evaluation: token accuracy and chunk scores overall and per type.</summary>
/// <param name="Tokens">Tokens scored.</param>
/// <param name="CorrectTokens">Tokens whose predicted tag is the same string as the gold tag.</param>
/// <param name="Overall">Counts summed over all types.</param>
/// <param name="ByType">Counts per chunk type seen in the gold or predicted tags, in ordinal order of the type name.</param>
public sealed record ConllScores(int Tokens, int CorrectTokens, ChunkScore Overall, IReadOnlyDictionary<string, ChunkScore> ByType)
{
    /// <summary>Token accuracy in percent, 0 when nothing was scored.</summary>
    public double Accuracy => Tokens == 0 ? 0 : 100.0 * CorrectTokens / Tokens;

    /// <summary>
    /// The report in conlleval's layout, so numbers can be compared line by line with published results. As in
    /// conlleval, the number closing each type's line is the count of predicted chunks of that type.
    /// </summary>
    public string Format()
    {
        var report = new StringBuilder();
        var culture = CultureInfo.InvariantCulture;
        report.Append(culture, $"processed {Tokens} tokens with {Overall.Gold} phrases; found: {Overall.Predicted} phrases; correct: {Overall.Correct}.\n");
        report.Append(culture, $"accuracy: {Accuracy,6:F2}%; precision: {Overall.Precision,6:F2}%; recall: {Overall.Recall,6:F2}%; FB1: {Overall.F1,6:F2}\n");
        foreach (var (type, score) in ByType.OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            report.Append(culture, $"{type,17}: precision: {score.Precision,6:F2}%; recall: {score.Recall,6:F2}%; FB1: {score.F1,6:F2}  {score.Predicted}\n");
        }

        return report.ToString();
    }
}
