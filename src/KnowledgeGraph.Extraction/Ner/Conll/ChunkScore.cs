namespace KnowledgeGraph.Extraction.Ner.Conll;

/// <summary>
/// Chunk counts for one type (or all types) and the scores derived from them, in percent as conlleval prints
/// them. A score whose denominator is zero is 0, not NaN, so a tagger that finds nothing scores 0 rather than
/// poisoning an average or a report.
/// </summary>
/// <param name="Gold">Chunks in the gold tags.</param>
/// <param name="Predicted">Chunks in the predicted tags.</param>
/// <param name="Correct">Predicted chunks with exactly a gold chunk's start, end and type.</param>
public readonly record struct ChunkScore(int Gold, int Predicted, int Correct)
{
    public double Precision => Percent(Correct, Predicted);

    public double Recall => Percent(Correct, Gold);

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public static ChunkScore operator +(ChunkScore a, ChunkScore b) =>
        new(a.Gold + b.Gold, a.Predicted + b.Predicted, a.Correct + b.Correct);

    private static double Percent(int part, int whole) => whole == 0 ? 0 : 100.0 * part / whole;
}
