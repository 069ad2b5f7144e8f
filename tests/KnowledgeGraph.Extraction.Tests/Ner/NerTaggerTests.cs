using KnowledgeGraph.Extraction.Ner;
using KnowledgeGraph.Extraction.Ner.Conll;

namespace KnowledgeGraph.Extraction.Tests.Ner;

public class NerTaggerTests
{
    private static readonly NerLexicons Lexicons = NerLexicons.FromText([("cities", "Lagos\n")], "0110\tRubio\t5\n");

    [Fact]
    public void A_model_trained_with_other_lexicons_is_refused()
    {
        var model = HandMadeModel.With(Lexicons, NerFeatureOptions.All);
        var otherLists = NerLexicons.FromText([("cities", "Lagos\nAccra\n")], "0110\tRubio\t5\n");
        var otherClusters = NerLexicons.FromText([("cities", "Lagos\n")], "0111\tRubio\t5\n");
        var renamedList = NerLexicons.FromText([("towns", "Lagos\n")], "0110\tRubio\t5\n");

        Assert.Throws<InvalidDataException>(() => new NerTagger(model, otherLists));
        Assert.Throws<InvalidDataException>(() => new NerTagger(model, otherClusters));
        Assert.Throws<InvalidDataException>(() => new NerTagger(model, renamedList));
        Assert.Throws<InvalidDataException>(() => new NerTagger(model with { LexiconFingerprint = Lexicons.Fingerprint + 1 }, Lexicons));
    }

    [Fact]
    public void The_same_lexicons_built_again_are_accepted()
    {
        var model = HandMadeModel.With(Lexicons, NerFeatureOptions.All);
        var rebuilt = NerLexicons.FromText([("cities", "Lagos\n")], "0110\tRubio\t5\n");

        Assert.Same(model, new NerTagger(model, rebuilt).Model);
    }

    [Fact]
    public void The_fingerprint_does_not_depend_on_the_order_the_lists_are_given_in()
    {
        var one = NerLexicons.FromText([("a", "x\n"), ("b", "y\n")], "");
        var other = NerLexicons.FromText([("b", "y\n"), ("a", "x\n")], "");

        Assert.Equal(one.Fingerprint, other.Fingerprint);
        Assert.NotEqual(one.Fingerprint, NerLexicons.FromText([("a", "y\n"), ("b", "x\n")], "").Fingerprint);
    }

    [Fact]
    public void Tag_gives_one_tag_per_word_and_FindNames_the_chunks_they_spell()
    {
        var model = HandMadeModel.With(
            Lexicons,
            NerFeatureOptions.All,
            (HandMadeModel.Word("Marco"), "B-PER", 2),
            (HandMadeModel.Word("Rubio"), "L-PER", 2),
            (HandMadeModel.Word("Lagos"), "U-LOC", 2));
        var tagger = new NerTagger(model, Lexicons);
        var document = TinyNerCorpus.Words("Marco Rubio flew to Lagos", "", "Lagos");

        var tags = tagger.Tag(document);

        Assert.Equal(new[] { 5, 0, 1 }, tags.Select(t => t.Length));
        Assert.Equal(new[] { "B-PER", "L-PER", "O", "O", "U-LOC" }, TinyNerCorpus.Names(tags[0]));
        Assert.Equal(
            new[] { new[] { new Chunk(0, 2, "PER"), new Chunk(4, 5, "LOC") }, [], new[] { new Chunk(0, 1, "LOC") } },
            tagger.FindNames(document));
    }

    [Fact]
    public void The_tagger_computes_the_features_the_models_options_ask_for()
    {
        // The only weight is on a prefix feature: it exists only when the model was trained with affixes.
        var prefix = HandMadeModel.Feature(FeatureTemplate.Prefix, FeatureHash.OfNormalized("lag"));
        var withAffixes = HandMadeModel.With(Lexicons, NerFeatureOptions.All, (prefix, "U-LOC", 1));
        var withoutAffixes = HandMadeModel.With(Lexicons, NerFeatureOptions.All with { Affixes = false }, (prefix, "U-LOC", 1));
        var sentence = TinyNerCorpus.Words("to Lagoa");

        Assert.Equal(new[] { "O", "U-LOC" }, TinyNerCorpus.Names(new NerTagger(withAffixes, Lexicons).Tag(sentence)[0]));
        Assert.Equal(new[] { "O", "O" }, TinyNerCorpus.Names(new NerTagger(withoutAffixes, Lexicons).Tag(sentence)[0]));
    }

    [Fact]
    public void The_tagger_runs_the_second_pass_when_the_model_was_trained_with_it()
    {
        // A model with one weight on "the first pass called this word a place": only a second pass can use it.
        var voted = HandMadeModel.Feature(FeatureTemplate.FirstPassVote, 100);
        var options = NerFeatureOptions.All with { SecondPass = true };
        var model = HandMadeModel.With(Lexicons, options, (HandMadeModel.Word("Lagos"), "U-LOC", 1), (voted, "U-LOC", 2));
        var document = TinyNerCorpus.Words("LAGOS FLOODS AGAIN", "Rain hit Lagos", "Lagos is wet");

        Assert.Equal(new[] { "U-LOC", "O", "O" }, TinyNerCorpus.Names(new NerTagger(model, Lexicons).Tag(document)[0]));
        Assert.Equal(new[] { "O", "O", "O" }, TinyNerCorpus.Names(new NerTagger(model with { Options = NerFeatureOptions.All }, Lexicons).Tag(document)[0]));
    }
}
