using KnowledgeGraph.Extraction.Ner;
using KnowledgeGraph.Extraction.Ner.Conll;

namespace KnowledgeGraph.Extraction.Tests.Ner;

/// <summary>
/// The model committed under src/KnowledgeGraph.Extraction/Ner/Model: that it loads against the embedded lexicons,
/// stays within its size budget, and tags invented news text the way a CoNLL-trained tagger should.
/// </summary>
public class ShippedNerModelTests
{
    private const long MaximumModelBytes = 25L * 1024 * 1024;

    [Fact]
    public void The_shipped_model_was_trained_with_the_embedded_lexicons()
    {
        Assert.Equal(NerLexicons.Default.Fingerprint, ShippedNerModel.Load().LexiconFingerprint);
    }

    [Fact]
    public void The_shipped_model_file_is_within_the_size_budget()
    {
        using var stream = typeof(ShippedNerModel).Assembly.GetManifestResourceStream(ShippedNerModel.ResourceName);
        Assert.NotNull(stream);
        Assert.InRange(stream.Length, 1, MaximumModelBytes);
    }

    [Fact]
    public void Names_in_body_text_get_their_types()
    {
        var names = Names("Lisbeth Ankerstjerne , a spokeswoman for the Nordvik Shipping Group , told Reuters in Oslo the firm would appeal .");

        Assert.Contains(("Lisbeth Ankerstjerne", "PER"), names);
        Assert.Contains(("Nordvik Shipping Group", "ORG"), names);
        Assert.Contains(("Reuters", "ORG"), names);
        Assert.Contains(("Oslo", "LOC"), names);
        Assert.DoesNotContain(names, n => n.Text.Contains("spokeswoman", StringComparison.Ordinal));
    }

    [Fact]
    public void A_headline_in_capitals_still_yields_its_places()
    {
        var names = Names("SOCCER - BRAZIL BEAT CHILE IN QUALIFIER", "Brazil beat Chile 2-0 in Santiago on Tuesday .");

        Assert.Contains(("BRAZIL", "LOC"), names);
        Assert.Contains(("CHILE", "LOC"), names);
        Assert.DoesNotContain(names, n => n.Text is "SOCCER" or "QUALIFIER" or "BEAT");
    }

    [Fact]
    public void Ordinary_capitalised_sentence_openers_are_not_names()
    {
        var names = Names("Officials said the talks would resume on Monday .", "However , the union rejected the offer .");

        Assert.Empty(names);
    }

    private static List<(string Text, string Type)> Names(params string[] sentences)
    {
        var words = sentences.Select(s => (IReadOnlyList<string>)s.Split(' ')).ToList();
        var tags = ShippedNerModel.DefaultTagger.Tag(words);
        var names = new List<(string, string)>();
        for (var s = 0; s < words.Count; s++)
        {
            foreach (var chunk in NerTagSet.ToChunks(tags[s]))
            {
                names.Add((string.Join(' ', words[s].Skip(chunk.Start).Take(chunk.End - chunk.Start)), chunk.Type));
            }
        }

        return names;
    }
}
