using KnowledgeGraph.Extraction.Ner;

namespace KnowledgeGraph.Extraction.Tests.Ner;

/// <summary>
/// One test per static feature template (the tag-dependent ones are in <see cref="GreedyDecoderTests"/>). Each builds
/// the hash it expects the way the model file will know it, <c>Combine(template, value)</c>, and checks that the token
/// carries it, that a token that should not carry it does not, and that switching its feature group off removes it.
/// </summary>
public class NerFeatureExtractorTests
{
    private const ulong Cities = 0;
    private const ulong FirstNames = 1;

    private static readonly NerLexicons Lexicons = NerLexicons.FromText(
        [("first-names", "Marco\n"), ("cities", "New York\nLagos\nRio de Janeiro\n")],
        "# path\tword\tcount\n0110\tRubio\t5\n01101101101\tMarco\t3\n");

    private static readonly ulong Boundary = FeatureHash.Of("<s>");

    private static readonly ulong Unclustered = FeatureHash.Of("<unk>");

    private static readonly NerFeatureOptions NoOptionalGroups = new()
    {
        Affixes = false,
        WideContext = false,
        Gazetteers = false,
        Clusters = false,
        History = false,
        DocumentCase = false,
        NameRuns = false,
    };

    private static ulong F(FeatureTemplate template, ulong value) => FeatureHash.Combine((ulong)template, value);

    private static ulong Lower(string word) => FeatureHash.OfNormalized(word);

    private static ulong ShapeOf(string word) => NerWordShape.HashOf(word);

    private static IReadOnlyList<EncodedSentence> Encode(NerFeatureOptions options, params string[] sentences) =>
        new NerFeatureExtractor(Lexicons, options).Encode(TinyNerCorpus.Words(sentences));

    /// <summary>The static features of one token of a one-sentence document.</summary>
    private static ulong[] Token(NerFeatureOptions options, string sentence, int token) => Encode(options, sentence)[0].FeaturesOf(token).ToArray();

    private static ulong[] Token(string sentence, int token) => Token(NerFeatureOptions.All, sentence, token);

    [Fact]
    public void The_list_numbers_used_below_are_the_lists_in_name_order() =>
        Assert.Equal(new[] { "cities", "first-names" }, Lexicons.Phrases.ListNames);

    [Fact]
    public void NameRunEnd_gives_each_word_of_a_capitalised_run_the_runs_last_word_and_the_lists_ending_there()
    {
        const string Sentence = "ships from Rio de Janeiro to the Port of New York Authority docked";
        var rio = Token(Sentence, 2);
        Assert.Contains(F(FeatureTemplate.NameRunEnd, Lower("Janeiro")), rio);
        Assert.Contains(F(FeatureTemplate.NameRunEnd, FeatureHash.Combine(1, Cities)), rio);

        // "of" joins "Port" to "New York Authority"; the run ends at "Authority", where no list ends.
        var authority = F(FeatureTemplate.NameRunEnd, Lower("Authority"));
        var port = Token(Sentence, 7);
        Assert.Contains(authority, port);
        Assert.Contains(authority, Token(Sentence, 9));
        Assert.DoesNotContain(authority, rio);
        Assert.DoesNotContain(F(FeatureTemplate.NameRunEnd, FeatureHash.Combine(1, Cities)), port);

        // The last word of a run and words outside runs get none; neither does a one-word run.
        Assert.DoesNotContain(authority, Token(Sentence, 11));
        Assert.DoesNotContain(authority, Token(Sentence, 12));
        Assert.DoesNotContain(F(FeatureTemplate.NameRunEnd, Lower("Lagos")), Token("ships from Lagos docked", 2));

        Assert.DoesNotContain(authority, Token(NerFeatureOptions.All with { NameRuns = false }, Sentence, 7));
    }

    [Fact]
    public void Bias_is_on_every_token_once()
    {
        var sentence = Encode(NoOptionalGroups, "Marco Rubio said so")[0];

        for (var i = 0; i < sentence.Length; i++)
        {
            Assert.Single(sentence.FeaturesOf(i).ToArray(), f => f == F(FeatureTemplate.Bias, 0));
        }
    }

    [Fact]
    public void Word_is_the_word_as_written()
    {
        var rubio = Token("Marco Rubio said", 1);

        Assert.Contains(F(FeatureTemplate.Word, FeatureHash.Of("Rubio")), rubio);
        Assert.DoesNotContain(F(FeatureTemplate.Word, FeatureHash.Of("rubio")), rubio);
        Assert.DoesNotContain(F(FeatureTemplate.Word, FeatureHash.Of("Rubio")), Token("Marco RUBIO said", 1));
    }

    [Fact]
    public void Lower_is_the_word_with_case_and_digits_folded()
    {
        Assert.Contains(F(FeatureTemplate.Lower, Lower("rubio")), Token("Marco Rubio said", 1));
        Assert.Contains(F(FeatureTemplate.Lower, Lower("rubio")), Token("Marco RUBIO said", 1));
        Assert.Contains(F(FeatureTemplate.Lower, Lower("2025")), Token("in 1996 again", 1));
        Assert.DoesNotContain(F(FeatureTemplate.Lower, Lower("rubio")), Token("Marco Rubia said", 1));
    }

    [Fact]
    public void Shape_is_the_collapsed_word_shape()
    {
        Assert.Contains(F(FeatureTemplate.Shape, FeatureHash.Of("XxXx")), Token("Ronald McDonald said", 1));
        Assert.Contains(F(FeatureTemplate.Shape, FeatureHash.Of("d-d-d")), Token("on 1996-08-22 it", 1));
        Assert.DoesNotContain(F(FeatureTemplate.Shape, FeatureHash.Of("Xx")), Token("Ronald McDonald said", 1));
    }

    [Fact]
    public void Prefix_holds_the_first_one_to_four_letters_of_a_longer_word()
    {
        var rubio = Token("Marco Rubio said", 1);
        foreach (var prefix in new[] { "r", "ru", "rub", "rubi" })
        {
            Assert.Contains(F(FeatureTemplate.Prefix, Lower(prefix)), rubio);
        }

        // Never the whole word, and case and digits fold as in Lower.
        Assert.DoesNotContain(F(FeatureTemplate.Prefix, Lower("rubio")), rubio);
        Assert.Contains(F(FeatureTemplate.Prefix, Lower("B-0")), Token("the B-52 flew", 1));
        var al = Token("Al said", 0);
        Assert.Contains(F(FeatureTemplate.Prefix, Lower("a")), al);
        Assert.DoesNotContain(F(FeatureTemplate.Prefix, Lower("al")), al);

        Assert.DoesNotContain(F(FeatureTemplate.Prefix, Lower("r")), Token(NerFeatureOptions.All with { Affixes = false }, "Marco Rubio said", 1));
    }

    [Fact]
    public void Suffix_holds_the_last_one_to_four_letters_of_a_longer_word()
    {
        var rubio = Token("Marco Rubio said", 1);
        foreach (var suffix in new[] { "o", "io", "bio", "ubio" })
        {
            Assert.Contains(F(FeatureTemplate.Suffix, Lower(suffix)), rubio);
        }

        Assert.DoesNotContain(F(FeatureTemplate.Suffix, Lower("rubio")), rubio);
        Assert.DoesNotContain(F(FeatureTemplate.Prefix, Lower("o")), rubio);
        var al = Token("Al said", 0);
        Assert.Contains(F(FeatureTemplate.Suffix, Lower("l")), al);
        Assert.DoesNotContain(F(FeatureTemplate.Suffix, Lower("al")), al);

        Assert.DoesNotContain(F(FeatureTemplate.Suffix, Lower("o")), Token(NerFeatureOptions.All with { Affixes = false }, "Marco Rubio said", 1));
    }

    [Fact]
    public void LowerAt_names_the_words_one_and_two_away_or_the_sentence_boundary()
    {
        // Positions: 1 = word before, 2 = word after, 3 = two before, 4 = two after.
        const string Sentence = "Marco Rubio said today";
        var rubio = Token(Sentence, 1);
        Assert.Contains(F(FeatureTemplate.LowerAt, FeatureHash.Combine(1, Lower("marco"))), rubio);
        Assert.Contains(F(FeatureTemplate.LowerAt, FeatureHash.Combine(2, Lower("said"))), rubio);
        Assert.Contains(F(FeatureTemplate.LowerAt, FeatureHash.Combine(3, Boundary)), rubio);
        Assert.Contains(F(FeatureTemplate.LowerAt, FeatureHash.Combine(4, Lower("today"))), rubio);
        Assert.DoesNotContain(F(FeatureTemplate.LowerAt, FeatureHash.Combine(2, Lower("marco"))), rubio);

        var first = Token(Sentence, 0);
        Assert.Contains(F(FeatureTemplate.LowerAt, FeatureHash.Combine(1, Boundary)), first);
        Assert.Contains(F(FeatureTemplate.LowerAt, FeatureHash.Combine(3, Boundary)), first);
        var last = Token(Sentence, 3);
        Assert.Contains(F(FeatureTemplate.LowerAt, FeatureHash.Combine(2, Boundary)), last);
        Assert.Contains(F(FeatureTemplate.LowerAt, FeatureHash.Combine(4, Boundary)), last);
        Assert.Contains(F(FeatureTemplate.LowerAt, FeatureHash.Combine(3, Lower("rubio"))), last);

        // Without the wide context the neighbours one away stay and those two away go.
        var narrow = Token(NerFeatureOptions.All with { WideContext = false }, Sentence, 1);
        Assert.Contains(F(FeatureTemplate.LowerAt, FeatureHash.Combine(1, Lower("marco"))), narrow);
        Assert.Contains(F(FeatureTemplate.LowerAt, FeatureHash.Combine(2, Lower("said"))), narrow);
        Assert.DoesNotContain(F(FeatureTemplate.LowerAt, FeatureHash.Combine(3, Boundary)), narrow);
        Assert.DoesNotContain(F(FeatureTemplate.LowerAt, FeatureHash.Combine(4, Lower("today"))), narrow);
    }

    [Fact]
    public void LowerAt_does_not_reach_into_the_next_sentence()
    {
        var sentences = Encode(NerFeatureOptions.All, "Rubio left", "Marco stayed");

        Assert.Contains(F(FeatureTemplate.LowerAt, FeatureHash.Combine(2, Boundary)), sentences[0].FeaturesOf(1).ToArray());
        Assert.Contains(F(FeatureTemplate.LowerAt, FeatureHash.Combine(1, Boundary)), sentences[1].FeaturesOf(0).ToArray());
        Assert.DoesNotContain(F(FeatureTemplate.LowerAt, FeatureHash.Combine(1, Lower("left"))), sentences[1].FeaturesOf(0).ToArray());
    }

    [Fact]
    public void ShapeAt_names_the_shapes_of_the_neighbours_or_the_sentence_boundary()
    {
        const string Sentence = "Marco Rubio said";
        var rubio = Token(NoOptionalGroups, Sentence, 1);
        Assert.Contains(F(FeatureTemplate.ShapeAt, FeatureHash.Combine(1, FeatureHash.Of("Xx"))), rubio);
        Assert.Contains(F(FeatureTemplate.ShapeAt, FeatureHash.Combine(2, FeatureHash.Of("x"))), rubio);
        Assert.DoesNotContain(F(FeatureTemplate.ShapeAt, FeatureHash.Combine(2, FeatureHash.Of("Xx"))), rubio);

        Assert.Contains(F(FeatureTemplate.ShapeAt, FeatureHash.Combine(1, Boundary)), Token(Sentence, 0));
        Assert.Contains(F(FeatureTemplate.ShapeAt, FeatureHash.Combine(2, Boundary)), Token(Sentence, 2));
        Assert.DoesNotContain(F(FeatureTemplate.ShapeAt, FeatureHash.Combine(1, Boundary)), rubio);
    }

    [Fact]
    public void ShapePair_joins_the_shape_with_each_neighbours_shape()
    {
        const string Sentence = "Marco Rubio said";
        var rubio = Token(Sentence, 1);
        Assert.Contains(F(FeatureTemplate.ShapePair, FeatureHash.Combine(1, ShapeOf("Marco"), ShapeOf("Rubio"))), rubio);
        Assert.Contains(F(FeatureTemplate.ShapePair, FeatureHash.Combine(2, ShapeOf("Rubio"), ShapeOf("said"))), rubio);
        Assert.DoesNotContain(F(FeatureTemplate.ShapePair, FeatureHash.Combine(2, ShapeOf("said"), ShapeOf("Rubio"))), rubio);

        Assert.Contains(F(FeatureTemplate.ShapePair, FeatureHash.Combine(1, Boundary, ShapeOf("Marco"))), Token(Sentence, 0));
        Assert.Contains(F(FeatureTemplate.ShapePair, FeatureHash.Combine(2, ShapeOf("said"), Boundary)), Token(Sentence, 2));

        var narrow = Token(NerFeatureOptions.All with { WideContext = false }, Sentence, 1);
        Assert.DoesNotContain(F(FeatureTemplate.ShapePair, FeatureHash.Combine(1, ShapeOf("Marco"), ShapeOf("Rubio"))), narrow);
        Assert.DoesNotContain(F(FeatureTemplate.ShapePair, FeatureHash.Combine(2, ShapeOf("Rubio"), ShapeOf("said"))), narrow);
    }

    [Fact]
    public void LowerPair_joins_the_word_with_each_neighbour()
    {
        const string Sentence = "Marco Rubio said";
        var rubio = Token(Sentence, 1);
        Assert.Contains(F(FeatureTemplate.LowerPair, FeatureHash.Combine(1, Lower("Marco"), Lower("Rubio"))), rubio);
        Assert.Contains(F(FeatureTemplate.LowerPair, FeatureHash.Combine(2, Lower("Rubio"), Lower("said"))), rubio);
        Assert.DoesNotContain(F(FeatureTemplate.LowerPair, FeatureHash.Combine(1, Lower("Rubio"), Lower("Marco"))), rubio);

        Assert.Contains(F(FeatureTemplate.LowerPair, FeatureHash.Combine(1, Boundary, Lower("Marco"))), Token(Sentence, 0));
        Assert.Contains(F(FeatureTemplate.LowerPair, FeatureHash.Combine(2, Lower("said"), Boundary)), Token(Sentence, 2));

        var narrow = Token(NerFeatureOptions.All with { WideContext = false }, Sentence, 1);
        Assert.DoesNotContain(F(FeatureTemplate.LowerPair, FeatureHash.Combine(1, Lower("Marco"), Lower("Rubio"))), narrow);
        Assert.DoesNotContain(F(FeatureTemplate.LowerPair, FeatureHash.Combine(2, Lower("Rubio"), Lower("said"))), narrow);
    }

    [Fact]
    public void SentenceStart_marks_the_first_word_of_every_sentence_with_its_shape_and_its_word()
    {
        var startShape = F(FeatureTemplate.SentenceStart, ShapeOf("Rubio"));
        var startWord = F(FeatureTemplate.SentenceStart, FeatureHash.Combine(1, Lower("Rubio")));
        var sentences = Encode(NoOptionalGroups, "Rubio said so", "They met Rubio", "Rubio left");

        Assert.Contains(startShape, sentences[0].FeaturesOf(0).ToArray());
        Assert.Contains(startWord, sentences[0].FeaturesOf(0).ToArray());
        Assert.DoesNotContain(startShape, sentences[1].FeaturesOf(2).ToArray());
        Assert.DoesNotContain(startWord, sentences[1].FeaturesOf(2).ToArray());
        Assert.Contains(startWord, sentences[2].FeaturesOf(0).ToArray());
        Assert.DoesNotContain(F(FeatureTemplate.SentenceStart, ShapeOf("said")), sentences[0].FeaturesOf(1).ToArray());
    }

    [Fact]
    public void Headline_marks_every_word_of_a_sentence_of_three_or_more_words_in_capitals()
    {
        var sentences = Encode(NoOptionalGroups, "RUBIO WINS IN LAGOS", "Rubio wins in Lagos", "RUBIO WINS", "RUBIO - WINS AGAIN");

        var headline = sentences[0];
        for (var i = 0; i < headline.Length; i++)
        {
            Assert.Contains(F(FeatureTemplate.Headline, 0), headline.FeaturesOf(i).ToArray());
        }

        Assert.Contains(F(FeatureTemplate.Headline, Lower("lagos")), headline.FeaturesOf(3).ToArray());
        Assert.All(Enumerable.Range(0, 4), i => Assert.DoesNotContain(F(FeatureTemplate.Headline, 0), sentences[1].FeaturesOf(i).ToArray()));

        // Two words in capitals are too few to call a headline; a dash has no letters and neither counts nor spoils it.
        Assert.DoesNotContain(F(FeatureTemplate.Headline, 0), sentences[2].FeaturesOf(0).ToArray());
        Assert.Contains(F(FeatureTemplate.Headline, 0), sentences[3].FeaturesOf(1).ToArray());
    }

    [Fact]
    public void Cluster_holds_the_words_path_prefixes_or_a_marker_for_an_unknown_word()
    {
        var marco = Token("Marco said", 0);
        var depths = new[] { "0110", "011011", "0110110110", "01101101101" };
        for (var d = 0; d < depths.Length; d++)
        {
            Assert.Contains(F(FeatureTemplate.Cluster, FeatureHash.Combine(0, (ulong)d, FeatureHash.Of(depths[d]))), marco);
        }

        Assert.Contains(F(FeatureTemplate.Cluster, FeatureHash.Combine(0, Unclustered)), Token("Marco said", 1));
        Assert.DoesNotContain(F(FeatureTemplate.Cluster, FeatureHash.Combine(0, Unclustered)), marco);
        Assert.DoesNotContain(F(FeatureTemplate.Cluster, FeatureHash.Combine(0, Boundary)), Token("Marco said", 1));

        // Capitals fall back to the capitalised word.
        Assert.Contains(F(FeatureTemplate.Cluster, FeatureHash.Combine(0, 1, FeatureHash.Of("011011"))), Token("MARCO said", 0));

        var off = Token(NerFeatureOptions.All with { Clusters = false }, "Marco said", 0);
        Assert.DoesNotContain(F(FeatureTemplate.Cluster, FeatureHash.Combine(0, 0, FeatureHash.Of("0110"))), off);
        Assert.DoesNotContain(F(FeatureTemplate.Cluster, FeatureHash.Combine(0, Unclustered)), Token(NerFeatureOptions.All with { Clusters = false }, "Marco said", 1));
    }

    [Fact]
    public void ClusterAt_holds_the_neighbours_path_prefixes_or_a_boundary_marker()
    {
        // An unknown neighbour is not the sentence edge: "said" has no cluster, so Rubio's next word is unclustered.
        // Position 1 = the word before, 2 = the word after, as in LowerAt.
        const string Sentence = "Marco Rubio said";
        var rubio = Token(Sentence, 1);
        Assert.Contains(F(FeatureTemplate.ClusterAt, FeatureHash.Combine(1, 1, FeatureHash.Of("011011"))), rubio);
        Assert.Contains(F(FeatureTemplate.ClusterAt, FeatureHash.Combine(1, 3, FeatureHash.Of("01101101101"))), rubio);
        Assert.Contains(F(FeatureTemplate.ClusterAt, FeatureHash.Combine(2, Unclustered)), rubio);
        Assert.DoesNotContain(F(FeatureTemplate.ClusterAt, FeatureHash.Combine(2, Boundary)), rubio);
        Assert.DoesNotContain(F(FeatureTemplate.ClusterAt, FeatureHash.Combine(1, Boundary)), rubio);
        Assert.Contains(F(FeatureTemplate.ClusterAt, FeatureHash.Combine(2, Boundary)), Token(Sentence, 2));

        var marco = Token(Sentence, 0);
        Assert.Contains(F(FeatureTemplate.ClusterAt, FeatureHash.Combine(1, Boundary)), marco);
        Assert.Contains(F(FeatureTemplate.ClusterAt, FeatureHash.Combine(2, 0, FeatureHash.Of("0110"))), marco);
        Assert.Contains(F(FeatureTemplate.ClusterAt, FeatureHash.Combine(1, 2, FeatureHash.Of("0110"))), Token(Sentence, 2));

        var off = Token(NerFeatureOptions.All with { Clusters = false }, Sentence, 1);
        Assert.DoesNotContain(F(FeatureTemplate.ClusterAt, FeatureHash.Combine(1, 1, FeatureHash.Of("011011"))), off);
        Assert.DoesNotContain(F(FeatureTemplate.ClusterAt, FeatureHash.Combine(2, Unclustered)), off);
    }

    [Fact]
    public void Gazetteer_gives_the_list_and_the_words_place_in_the_match_with_its_case()
    {
        static ulong G(ulong list, char place, ulong cased) => F(FeatureTemplate.Gazetteer, FeatureHash.Combine(list, place, cased));

        // 0 She 1 moved 2 to 3 Rio 4 de 5 Janeiro 6 and 7 Lagos 8 with 9 Marco
        var sentence = Encode(NerFeatureOptions.All, "She moved to Rio de Janeiro and Lagos with Marco")[0];
        ulong[] At(int i) => sentence.FeaturesOf(i).ToArray();

        Assert.Contains(G(Cities, 'B', 1), At(3));
        Assert.Contains(G(Cities, 'A', 1), At(3));
        Assert.Contains(G(Cities, 'I', 0), At(4));
        Assert.Contains(G(Cities, 'A', 0), At(4));
        Assert.Contains(G(Cities, 'L', 1), At(5));
        Assert.Contains(G(Cities, 'U', 1), At(7));
        Assert.Contains(G(FirstNames, 'U', 1), At(9));
        Assert.DoesNotContain(G(Cities, 'U', 1), At(9));
        Assert.DoesNotContain(G(Cities, 'I', 1), At(4));
        Assert.DoesNotContain(G(Cities, 'A', 0), At(2));

        // The list ignores case; the feature does not.
        var lower = Encode(NerFeatureOptions.All, "to new york")[0];
        Assert.Contains(G(Cities, 'B', 0), lower.FeaturesOf(1).ToArray());
        Assert.Contains(G(Cities, 'L', 0), lower.FeaturesOf(2).ToArray());

        var off = Encode(NerFeatureOptions.All with { Gazetteers = false }, "She moved to Rio de Janeiro and Lagos with Marco")[0];
        Assert.DoesNotContain(G(Cities, 'B', 1), off.FeaturesOf(3).ToArray());
        Assert.DoesNotContain(G(Cities, 'U', 1), off.FeaturesOf(7).ToArray());
    }

    [Fact]
    public void GazetteerAt_tells_a_word_that_a_list_matches_right_after_or_right_before_it()
    {
        // Position 2 = a match starts after this word, 1 = a match ended just before it, as in LowerAt.
        var before = F(FeatureTemplate.GazetteerAt, FeatureHash.Combine(Cities, 2));
        var after = F(FeatureTemplate.GazetteerAt, FeatureHash.Combine(Cities, 1));

        // 0 She 1 moved 2 to 3 Rio 4 de 5 Janeiro 6 and 7 New 8 York
        var sentence = Encode(NerFeatureOptions.All, "She moved to Rio de Janeiro and New York")[0];
        Assert.Contains(before, sentence.FeaturesOf(2).ToArray());
        Assert.DoesNotContain(after, sentence.FeaturesOf(2).ToArray());
        Assert.Contains(after, sentence.FeaturesOf(6).ToArray());
        Assert.Contains(before, sentence.FeaturesOf(6).ToArray());
        Assert.DoesNotContain(before, sentence.FeaturesOf(1).ToArray());
        Assert.DoesNotContain(after, sentence.FeaturesOf(3).ToArray());

        // A match at the edge of the sentence has no neighbour to mark there.
        var edges = Encode(NerFeatureOptions.All, "Lagos")[0];
        Assert.DoesNotContain(before, edges.FeaturesOf(0).ToArray());
        Assert.DoesNotContain(after, edges.FeaturesOf(0).ToArray());

        var off = Encode(NerFeatureOptions.All with { Gazetteers = false }, "She moved to Rio de Janeiro and New York")[0];
        Assert.DoesNotContain(before, off.FeaturesOf(2).ToArray());
        Assert.DoesNotContain(after, off.FeaturesOf(6).ToArray());
    }

    [Fact]
    public void SeenLowerCase_marks_a_capitalised_word_the_document_also_writes_in_lower_case()
    {
        // 1 = at the start of a sentence (where the capital says nothing), 2 = elsewhere.
        var document = Encode(NerFeatureOptions.All, "Will said no", "They met Will", "we will go", "A a b", "Rubio spoke");
        Assert.Contains(F(FeatureTemplate.SeenLowerCase, 1), document[0].FeaturesOf(0).ToArray());
        Assert.Contains(F(FeatureTemplate.SeenLowerCase, 2), document[1].FeaturesOf(2).ToArray());
        Assert.DoesNotContain(F(FeatureTemplate.SeenLowerCase, 2), document[0].FeaturesOf(0).ToArray());

        // Not the lower-case word itself, not a one-letter word, not a word never seen in lower case.
        Assert.DoesNotContain(F(FeatureTemplate.SeenLowerCase, 2), document[2].FeaturesOf(1).ToArray());
        Assert.DoesNotContain(F(FeatureTemplate.SeenLowerCase, 1), document[3].FeaturesOf(0).ToArray());
        Assert.DoesNotContain(F(FeatureTemplate.SeenLowerCase, 1), document[4].FeaturesOf(0).ToArray());

        var alone = Encode(NerFeatureOptions.All, "Will said no")[0];
        Assert.DoesNotContain(F(FeatureTemplate.SeenLowerCase, 1), alone.FeaturesOf(0).ToArray());

        var off = Encode(NerFeatureOptions.All with { DocumentCase = false }, "Will said no", "They met Will", "we will go");
        Assert.DoesNotContain(F(FeatureTemplate.SeenLowerCase, 1), off[0].FeaturesOf(0).ToArray());
        Assert.DoesNotContain(F(FeatureTemplate.SeenLowerCase, 2), off[1].FeaturesOf(2).ToArray());
    }

    [Fact]
    public void SeenMixedCase_marks_a_word_in_capitals_the_document_writes_capitalised_mid_sentence()
    {
        // 1 = the word in capitals is in a headline, 2 = it is not.
        var document = Encode(NerFeatureOptions.All, "LAGOS IS HOT", "Fans in LAGOS cheered", "They flew to Lagos");
        Assert.Contains(F(FeatureTemplate.SeenMixedCase, 1), document[0].FeaturesOf(0).ToArray());
        Assert.Contains(F(FeatureTemplate.SeenMixedCase, 2), document[1].FeaturesOf(2).ToArray());
        Assert.DoesNotContain(F(FeatureTemplate.SeenMixedCase, 2), document[0].FeaturesOf(0).ToArray());
        Assert.DoesNotContain(F(FeatureTemplate.SeenMixedCase, 1), document[0].FeaturesOf(1).ToArray());
        Assert.DoesNotContain(F(FeatureTemplate.SeenMixedCase, 2), document[2].FeaturesOf(3).ToArray());

        // A capital at the start of a sentence is no evidence of a name.
        var startOnly = Encode(NerFeatureOptions.All, "LAGOS IS HOT", "Lagos is hot")[0];
        Assert.DoesNotContain(F(FeatureTemplate.SeenMixedCase, 1), startOnly.FeaturesOf(0).ToArray());

        var off = Encode(NerFeatureOptions.All with { DocumentCase = false }, "LAGOS IS HOT", "Fans in LAGOS cheered", "They flew to Lagos");
        Assert.DoesNotContain(F(FeatureTemplate.SeenMixedCase, 1), off[0].FeaturesOf(0).ToArray());
        Assert.DoesNotContain(F(FeatureTemplate.SeenMixedCase, 2), off[1].FeaturesOf(2).ToArray());
    }

    [Fact]
    public void With_every_optional_group_off_a_token_has_exactly_the_core_features()
    {
        var rubio = Token(NoOptionalGroups, "Marco Rubio said", 1);

        var expected = new[]
        {
            F(FeatureTemplate.Bias, 0),
            F(FeatureTemplate.Word, FeatureHash.Of("Rubio")),
            F(FeatureTemplate.Lower, Lower("Rubio")),
            F(FeatureTemplate.Shape, ShapeOf("Rubio")),
            F(FeatureTemplate.LowerAt, FeatureHash.Combine(1, Lower("Marco"))),
            F(FeatureTemplate.LowerAt, FeatureHash.Combine(2, Lower("said"))),
            F(FeatureTemplate.ShapeAt, FeatureHash.Combine(1, ShapeOf("Marco"))),
            F(FeatureTemplate.ShapeAt, FeatureHash.Combine(2, ShapeOf("said"))),
        };
        Assert.Equal(expected.Order(), rubio.Order());
    }

    [Fact]
    public void No_token_carries_the_same_feature_twice()
    {
        // The passive-aggressive step divides by the number of features, which assumes each is distinct.
        var document = Encode(NerFeatureOptions.All with { SecondPass = true }, "MARCO RUBIO IN LAGOS", "Marco Rubio flew to Rio de Janeiro and New York", "aaaaa aa a 1996 Will", "will");

        foreach (var sentence in document)
        {
            for (var i = 0; i < sentence.Length; i++)
            {
                var features = sentence.FeaturesOf(i).ToArray();
                Assert.Equal(features.Length, features.Distinct().Count());
            }
        }
    }

    [Fact]
    public void Encode_keeps_the_words_normalised_hashes_shapes_and_capitals_for_the_decoder()
    {
        var document = Encode(NerFeatureOptions.All, "Rubio said 1996", "", "iPhone");

        Assert.Equal(new[] { 3, 0, 1 }, document.Select(s => s.Length));
        Assert.Equal(new[] { Lower("rubio"), Lower("said"), Lower("2000") }, document[0].NormalizedWords);
        Assert.Equal(new[] { ShapeOf("Rubio"), ShapeOf("said"), ShapeOf("1996") }, document[0].Shapes);
        Assert.Equal(new[] { true, false, false }, document[0].Capitalized);
        Assert.Equal(new[] { false }, document[2].Capitalized);
        Assert.Equal(document[0].StaticFeatures.Length, document[0].FeatureStart[^1]);
        Assert.Empty(document[1].StaticFeatures);
    }

    [Fact]
    public void An_empty_document_encodes_to_nothing() =>
        Assert.Empty(new NerFeatureExtractor(Lexicons, NerFeatureOptions.All).Encode([]));
}
