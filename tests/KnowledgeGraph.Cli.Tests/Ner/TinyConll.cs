using System.Text;

namespace KnowledgeGraph.Cli.Tests.Ner;

/// <summary>
/// Small CoNLL files made up for these tests (every sentence invented): three training documents and two dev ones,
/// written here as word/TAG tokens so they read as sentences, and spelled out as "word POS TAG" lines in -DOCSTART-
/// blocks, the layout of the CoNLL-2003 files with IOB2 tags.
/// </summary>
internal static class TinyConll
{
    private static readonly string[][] TrainingDocuments =
    [
        [
            "Marleen/B-PER Vos/I-PER flew/O to/O Oslo/B-LOC on/O Monday/O ./O",
            "The/O Harbour/B-ORG Union/I-ORG said/O Vos/B-PER would/O meet/O Joost/B-PER Peeters/I-PER in/O Ghent/B-LOC ./O",
            "Peeters/B-PER leads/O the/O Flemish/B-MISC Transport/B-ORG Board/I-ORG ./O",
        ],
        [
            "Nordvik/B-ORG Fisheries/I-ORG opened/O a/O plant/O near/O Bergen/B-LOC ./O",
            "Anna/B-PER Lindqvist/I-PER ,/O chief/O of/O Nordvik/B-ORG Fisheries/I-ORG ,/O praised/O the/O Bergen/B-LOC council/O ./O",
            "The/O Norwegian/B-MISC firm/O employs/O 300/O people/O ./O",
        ],
        [
            "Carlos/B-PER Mendes/I-PER won/O the/O Lisbon/B-MISC Marathon/I-MISC on/O Sunday/O ./O",
            "Mendes/B-PER trains/O with/O Porto/B-ORG Athletics/I-ORG Club/I-ORG ./O",
            "He/O thanked/O coach/O Rita/B-PER Alves/I-PER ./O",
            "The/O race/O drew/O runners/O from/O Brazil/B-LOC and/O Angola/B-LOC ./O",
        ],
    ];

    private static readonly string[][] DevDocuments =
    [
        [
            "Joost/B-PER Peeters/I-PER visited/O Bergen/B-LOC ./O",
            "Nordvik/B-ORG Fisheries/I-ORG hired/O Rita/B-PER Alves/I-PER ./O",
        ],
        [
            "Anna/B-PER Lindqvist/I-PER ran/O the/O Oslo/B-MISC Marathon/I-MISC ./O",
            "Vos/B-PER praised/O the/O Harbour/B-ORG Union/I-ORG in/O Ghent/B-LOC ./O",
        ],
    ];

    public static string Training { get; } = Build(TrainingDocuments, withTags: true);

    public static string Dev { get; } = Build(DevDocuments, withTags: true);

    /// <summary>The dev documents with only the word column, the way text to be tagged comes.</summary>
    public static string DevWordsOnly { get; } = Build(DevDocuments, withTags: false);

    private static string Build(string[][] documents, bool withTags)
    {
        var text = new StringBuilder();
        foreach (var document in documents)
        {
            text.Append(withTags ? "-DOCSTART- -X- O\n\n" : "-DOCSTART-\n\n");
            foreach (var sentence in document)
            {
                foreach (var token in sentence.Split(' '))
                {
                    var slash = token.LastIndexOf('/');
                    var word = token[..slash];
                    text.Append(word);
                    if (withTags)
                    {
                        text.Append(' ').Append(PartOfSpeech(word)).Append(' ').Append(token[(slash + 1)..]);
                    }

                    text.Append('\n');
                }

                text.Append('\n');
            }
        }

        return text.ToString();
    }

    // A stand-in column: the tests only need one between the word and the tag, as the CoNLL files have.
    private static string PartOfSpeech(string word) =>
        char.IsUpper(word[0]) ? "NNP" : char.IsLetter(word[0]) ? "NN" : char.IsDigit(word[0]) ? "CD" : word;
}
