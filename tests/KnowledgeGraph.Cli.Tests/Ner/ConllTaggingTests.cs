using KnowledgeGraph.Cli.Ner;
using KnowledgeGraph.Extraction.Ner;
using KnowledgeGraph.Extraction.Ner.Conll;

namespace KnowledgeGraph.Cli.Tests.Ner;

public sealed class ConllTaggingTests
{
    private static readonly Lazy<NerTagger> Tagger = new(() =>
    {
        var training = NerTrainingDocument.FromConll(ConllFile.Parse(TinyConll.Training));
        var options = new NerTrainingOptions { Epochs = 3 };
        return new NerTagger(new NerTrainer(NerLexicons.Default, options).Train(training, []), NerLexicons.Default);
    });

    [Theory]
    [InlineData(TagScheme.Iob1)]
    [InlineData(TagScheme.Iob2)]
    [InlineData(TagScheme.Bilou)]
    public void Gives_one_tag_per_word_of_every_sentence_in_file_order_in_the_scheme_asked_for(TagScheme scheme)
    {
        var file = ConllFile.Parse(TinyConll.DevWordsOnly);

        var tags = ConllTagging.Tag(Tagger.Value, file, scheme);

        Assert.Equal(file.Sentences.Select(s => s.Words.Count), tags.Select(t => t.Count));
        Assert.All(tags, sentence => Assert.Equal(TagSchemes.Convert(sentence, scheme), sentence));
    }

    [Fact]
    public void Tags_each_document_as_the_tagger_does()
    {
        var file = ConllFile.Parse(TinyConll.DevWordsOnly);

        var tags = ConllTagging.Tag(Tagger.Value, file, TagScheme.Bilou);

        var expected = file.Documents
            .SelectMany(d => Tagger.Value.Tag(d.Sentences.Select(s => s.Words).ToList()))
            .Select(sentence => sentence.Select(NerTagSet.Name).ToArray());
        Assert.Equal(expected, tags);
    }
}
