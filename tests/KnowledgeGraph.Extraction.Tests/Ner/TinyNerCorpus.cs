using KnowledgeGraph.Extraction.Ner;
using KnowledgeGraph.Extraction.Ner.Conll;

namespace KnowledgeGraph.Extraction.Tests.Ner;

/// <summary>
/// A dozen invented sentences in which people follow "Mr.", places follow "in", companies end in "Corp" or "Bank" and
/// "Mexican" is MISC, with lexicons of our own, so training runs in milliseconds and every name is made up.
/// Sentences are written as "Mr. [PER Osk Lunder] lives in [LOC Calder Bay] ." (words split on spaces).
/// </summary>
internal static class TinyNerCorpus
{
    public static readonly NerLexicons Lexicons = NerLexicons.FromText(
        [("cities", "# invented towns\nBrenmoor\nCalder Bay\nOstrel\n"), ("companies", "Danfield Corp\n")],
        "0110\tTavel\t4\n0110\tLunder\t3\n011011\tHarrow\t2\n1110\tBrenmoor\t5\n1111\tOstrel\t2\n");

    public static readonly IReadOnlyList<NerTrainingDocument> Documents =
    [
        Document(
            "Mr. [PER Tavel] arrived in [LOC Brenmoor] .",
            "Mr. [PER Tavel] works for [ORG Danfield Corp] ."),
        Document(
            "Mr. [PER Osk Lunder] lives in [LOC Calder Bay] .",
            "The [MISC Mexican] chef cooked for Mr. [PER Lunder] ."),
        Document(
            "Mr. [PER Harrow] joined [ORG Maple Bank] in [LOC Tarnwick] .",
            "He met Mr. [PER Pell] in [LOC Ostrel] ."),
        Document(
            "Mr. [PER Idris Vane] spoke at the [MISC Vellum Festival] in [LOC Kelmoor] .",
            "Mr. [PER Vane] bought shares of [ORG Greystone Corp] ."),
        Document(
            "Rain fell in [LOC Dunmore] on Monday .",
            "Mr. [PER Corlett] stayed in [LOC Dunmore] ."),
        Document(
            "Mr. [PER Brisk] and Mr. [PER Alden] met in [LOC Hollin] .",
            "Both men admire the [MISC Mexican] painters ."),
    ];

    /// <summary>One model, not an ensemble, so tests can read what one training run kept.</summary>
    public static readonly NerTrainingOptions Options = new() { Epochs = 8, Seed = 7, Members = 1 };

    private static readonly Lazy<NerModel> TrainedModel = new(() => new NerTrainer(Lexicons, Options).Train(Documents, []));

    /// <summary>The model trained once on <see cref="Documents"/> with <see cref="Options"/>, shared by the tests that only read it.</summary>
    public static NerModel Model => TrainedModel.Value;

    public static NerTagger Tagger => new(Model, Lexicons);

    public static NerTrainingDocument Document(params string[] annotatedSentences)
    {
        var sentences = new List<IReadOnlyList<string>>();
        var gold = new List<int[]>();
        foreach (var annotated in annotatedSentences)
        {
            var (words, chunks) = Parse(annotated);
            sentences.Add(words);
            gold.Add(NerTagSet.FromChunks(chunks, words.Count));
        }

        return new NerTrainingDocument(sentences, gold);
    }

    /// <summary>The words of an annotated sentence and its chunks.</summary>
    public static (IReadOnlyList<string> Words, IReadOnlyList<Chunk> Chunks) Parse(string annotated)
    {
        var words = new List<string>();
        var chunks = new List<Chunk>();
        string? type = null;
        var start = 0;
        foreach (var piece in annotated.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (piece.StartsWith('['))
            {
                type = piece[1..];
                start = words.Count;
                continue;
            }

            var closes = type is not null && piece.EndsWith(']');
            words.Add(closes ? piece[..^1] : piece);
            if (closes)
            {
                chunks.Add(new Chunk(start, words.Count, type!));
                type = null;
            }
        }

        return (words, chunks);
    }

    /// <summary>Tag names of one sentence's tag indexes, for readable assertions.</summary>
    public static string[] Names(IEnumerable<int> tags) => tags.Select(NerTagSet.Name).ToArray();

    public static IReadOnlyList<IReadOnlyList<string>> Words(params string[] sentences) =>
        sentences.Select(s => (IReadOnlyList<string>)s.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToList();
}
