using KnowledgeGraph.Extraction.Ner;

namespace KnowledgeGraph.Extraction.Tests.Ner;

/// <summary>
/// The decoder with fake scorers, plus one test per tag-dependent feature template (the features the decoder adds to
/// a token's static ones from the decisions already taken).
/// </summary>
public class GreedyDecoderTests
{
    private const int StartOfSentence = NerTagSet.Count;

    private static readonly NerLexicons Lexicons = NerLexicons.FromText([], "");

    private static int T(string name) => NerTagSet.Parse(name);

    private static ulong F(FeatureTemplate template, ulong value) => FeatureHash.Combine((ulong)template, value);

    private static ulong HasWord(string word) => F(FeatureTemplate.Word, FeatureHash.Of(word));

    private static IReadOnlyList<EncodedSentence> Encode(NerFeatureOptions options, params string[] sentences) =>
        new NerFeatureExtractor(Lexicons, options).Encode(TinyNerCorpus.Words(sentences));

    private static int[][] Decode(IReadOnlyList<EncodedSentence> sentences, ITagScorer scorer, NerFeatureOptions? options = null)
    {
        var tags = sentences.Select(s => new int[s.Length]).ToArray();
        GreedyDecoder.Decode(sentences, scorer, options ?? NerFeatureOptions.All, tags);
        return tags;
    }

    private static float[] Scores(params (string Tag, float Score)[] scores)
    {
        var result = new float[NerTagSet.Count];
        foreach (var (tag, score) in scores)
        {
            result[T(tag)] = score;
        }

        return result;
    }

    private static void AssertWellFormed(int[] tags)
    {
        var previous = -1;
        foreach (var tag in tags)
        {
            Assert.True(NerTagSet.CanFollow(previous, tag), $"{string.Join(' ', TinyNerCorpus.Names(tags))}: bad transition");
            previous = tag;
        }

        Assert.True(NerTagSet.CanEnd(previous), $"{string.Join(' ', TinyNerCorpus.Names(tags))}: a name is left open");
    }

    /// <summary>Scores each call with a function of the call's number and features, and records every call's features.</summary>
    private sealed class FakeScorer(Func<int, ulong[], float[]> score) : ITagScorer
    {
        public List<ulong[]> Calls { get; } = [];

        public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
        {
            var copy = features.ToArray();
            var result = score(Calls.Count, copy);
            Calls.Add(copy);
            result.CopyTo(scores);
        }

        /// <summary>Prefers a tag for each listed word (found through its Word feature), O elsewhere.</summary>
        public static FakeScorer ByWord(params (string Word, string Tag)[] tags) =>
            new((_, features) => Scores(tags.Where(t => features.Contains(HasWord(t.Word))).Select(t => (t.Tag, 5f)).ToArray()));

        /// <summary>Prefers the listed tag on each call in turn, O after the script runs out.</summary>
        public static FakeScorer Scripted(params string[] tags) =>
            new((call, _) => call < tags.Length ? Scores((tags[call], 5f)) : Scores());
    }

    [Fact]
    public void Decoding_never_produces_an_ill_formed_sequence_whatever_the_scores()
    {
        var random = new Random(2024);
        var scorer = new FakeScorer((_, _) => Enumerable.Range(0, NerTagSet.Count).Select(_ => (float)random.NextDouble()).ToArray());
        var words = new[] { "Ana", "met", "Osk", "Lunder", "in", "Calder", "Bay", "today", "again" };
        var sentences = Enumerable.Range(0, 200).Select(i => string.Join(' ', words.Take((i % words.Length) + 1))).ToArray();

        var tags = Decode(Encode(NerFeatureOptions.All with { SecondPass = true }, sentences), scorer);

        Assert.All(tags, AssertWellFormed);
        Assert.Contains(tags.SelectMany(t => t), t => NerTagSet.PrefixOf(t) == 'I');
    }

    [Fact]
    public void A_scorer_that_always_wants_I_PER_still_gets_names_that_open_and_close()
    {
        var scorer = new FakeScorer((_, _) => Scores(("I-PER", 10), ("B-PER", 5)));

        var tags = Decode(Encode(NerFeatureOptions.All, "a", "a b", "a b c d"), scorer);

        // One word cannot open a name and close it, and all other scores tie at 0: O, the first tag.
        Assert.Equal(new[] { "O" }, TinyNerCorpus.Names(tags[0]));
        Assert.Equal(new[] { "B-PER", "L-PER" }, TinyNerCorpus.Names(tags[1]));
        Assert.Equal(new[] { "B-PER", "I-PER", "I-PER", "L-PER" }, TinyNerCorpus.Names(tags[2]));
    }

    [Fact]
    public void The_best_tag_is_the_highest_scoring_one_the_previous_tag_allows()
    {
        // I-LOC scores highest but cannot start a sentence; U-ORG is the best that can.
        var scorer = new FakeScorer((_, _) => Scores(("I-LOC", 9), ("U-ORG", 5), ("B-PER", 4), ("O", 1)));

        Assert.Equal(new[] { "U-ORG", "U-ORG" }, TinyNerCorpus.Names(Decode(Encode(NerFeatureOptions.All, "a b"), scorer)[0]));
    }

    [Fact]
    public void The_last_word_takes_the_best_tag_that_closes_the_open_name()
    {
        var scorer = new FakeScorer((call, _) => call == 0 ? Scores(("B-PER", 5)) : Scores(("I-PER", 9), ("L-PER", 3), ("O", 8)));

        Assert.Equal(new[] { "B-PER", "L-PER" }, TinyNerCorpus.Names(Decode(Encode(NerFeatureOptions.All, "Osk Lunder"), scorer)[0]));
    }

    [Fact]
    public void With_every_score_equal_the_decoder_says_O()
    {
        var tags = Decode(Encode(NerFeatureOptions.All, "Osk Lunder lives in Calder Bay"), new FakeScorer((_, _) => Scores()));

        Assert.All(tags[0], tag => Assert.Equal(NerTagSet.Outside, tag));
    }

    [Fact]
    public void Each_token_is_scored_on_its_own_features()
    {
        var scorer = FakeScorer.ByWord(("Rubio", "U-PER"), ("Lagos", "U-LOC"));

        var tags = Decode(Encode(NerFeatureOptions.All, "Marco Rubio said", "in Lagos"), scorer);

        Assert.Equal(new[] { "O", "U-PER", "O" }, TinyNerCorpus.Names(tags[0]));
        Assert.Equal(new[] { "O", "U-LOC" }, TinyNerCorpus.Names(tags[1]));
        Assert.Equal(5, scorer.Calls.Count);
        Assert.Contains(HasWord("Rubio"), scorer.Calls[1]);
    }

    [Fact]
    public void The_scorer_sees_the_static_features_first_then_the_dynamic_ones()
    {
        var sentences = Encode(NerFeatureOptions.All with { History = false }, "Marco Rubio said");
        var scorer = FakeScorer.Scripted();

        Decode(sentences, scorer, NerFeatureOptions.All with { History = false });

        for (var i = 0; i < 3; i++)
        {
            var own = sentences[0].FeaturesOf(i).ToArray();
            Assert.Equal(own, scorer.Calls[i].Take(own.Length));
            Assert.Equal(own.Length + 4, scorer.Calls[i].Length);
        }
    }

    [Fact]
    public void PreviousTag_is_the_tag_just_decided_or_a_start_marker()
    {
        var scorer = FakeScorer.Scripted("U-PER", "O", "B-ORG", "L-ORG");

        Decode(Encode(NerFeatureOptions.All, "Rubio met Acme Corp", "then"), scorer);

        Assert.Contains(F(FeatureTemplate.PreviousTag, StartOfSentence), scorer.Calls[0]);
        Assert.Contains(F(FeatureTemplate.PreviousTag, (ulong)T("U-PER")), scorer.Calls[1]);
        Assert.Contains(F(FeatureTemplate.PreviousTag, (ulong)T("O")), scorer.Calls[2]);
        Assert.Contains(F(FeatureTemplate.PreviousTag, (ulong)T("B-ORG")), scorer.Calls[3]);
        Assert.DoesNotContain(F(FeatureTemplate.PreviousTag, (ulong)T("U-PER")), scorer.Calls[3]);

        // A new sentence starts afresh; the last tag of the one before is not carried over.
        Assert.Contains(F(FeatureTemplate.PreviousTag, StartOfSentence), scorer.Calls[4]);
        Assert.DoesNotContain(F(FeatureTemplate.PreviousTag, (ulong)T("L-ORG")), scorer.Calls[4]);
    }

    [Fact]
    public void PreviousTags_joins_the_two_tags_before()
    {
        static ulong Pair(ulong beforePrevious, ulong previous) =>
            F(FeatureTemplate.PreviousTags, FeatureHash.Combine(beforePrevious, previous));

        var scorer = FakeScorer.Scripted("B-ORG", "L-ORG", "O", "U-LOC");

        Decode(Encode(NerFeatureOptions.All, "Acme Corp opened in Lagos"), scorer);

        Assert.Contains(Pair(StartOfSentence, StartOfSentence), scorer.Calls[0]);
        Assert.Contains(Pair(StartOfSentence, (ulong)T("B-ORG")), scorer.Calls[1]);
        Assert.Contains(Pair((ulong)T("B-ORG"), (ulong)T("L-ORG")), scorer.Calls[2]);
        Assert.Contains(Pair((ulong)T("L-ORG"), (ulong)T("O")), scorer.Calls[3]);
        Assert.DoesNotContain(Pair((ulong)T("L-ORG"), (ulong)T("B-ORG")), scorer.Calls[2]);
    }

    [Fact]
    public void PreviousTagAndLower_joins_the_previous_tag_with_the_word()
    {
        var scorer = FakeScorer.Scripted("O", "O", "U-LOC");

        Decode(Encode(NerFeatureOptions.All, "flew to LAGOS"), scorer);

        Assert.Contains(F(FeatureTemplate.PreviousTagAndLower, FeatureHash.Combine(StartOfSentence, FeatureHash.OfNormalized("flew"))), scorer.Calls[0]);
        Assert.Contains(F(FeatureTemplate.PreviousTagAndLower, FeatureHash.Combine((ulong)T("O"), FeatureHash.OfNormalized("lagos"))), scorer.Calls[2]);
        Assert.DoesNotContain(F(FeatureTemplate.PreviousTagAndLower, FeatureHash.Combine((ulong)T("O"), FeatureHash.OfNormalized("to"))), scorer.Calls[2]);
    }

    [Fact]
    public void PreviousTagAndShape_joins_the_previous_tag_with_the_words_shape()
    {
        var scorer = FakeScorer.Scripted("B-PER", "L-PER");

        Decode(Encode(NerFeatureOptions.All, "Osk McLunder"), scorer);

        Assert.Contains(F(FeatureTemplate.PreviousTagAndShape, FeatureHash.Combine(StartOfSentence, FeatureHash.Of("Xx"))), scorer.Calls[0]);
        Assert.Contains(F(FeatureTemplate.PreviousTagAndShape, FeatureHash.Combine((ulong)T("B-PER"), FeatureHash.Of("XxXx"))), scorer.Calls[1]);
        Assert.DoesNotContain(F(FeatureTemplate.PreviousTagAndShape, FeatureHash.Combine((ulong)T("O"), FeatureHash.Of("XxXx"))), scorer.Calls[1]);
    }

    [Fact]
    public void The_previous_tag_features_follow_the_decoders_own_decisions_not_the_gold_tags()
    {
        // Training must see the features tagging will see: the predicted previous tag, even when it is wrong.
        var sentences = Encode(NerFeatureOptions.All, "Osk Lunder");
        var scorer = FakeScorer.Scripted("U-LOC", "O");
        var tags = sentences.Select(s => new int[s.Length]).ToArray();

        GreedyDecoder.Decode(sentences, scorer, NerFeatureOptions.All, tags, new PerceptronTrainingWeights(), [[T("B-PER"), T("L-PER")]]);

        Assert.Contains(F(FeatureTemplate.PreviousTag, (ulong)T("U-LOC")), scorer.Calls[1]);
        Assert.DoesNotContain(F(FeatureTemplate.PreviousTag, (ulong)T("B-PER")), scorer.Calls[1]);
        Assert.Equal(new[] { "U-LOC", "O" }, TinyNerCorpus.Names(tags[0]));
    }

    private static ulong[] HistoryFeatures(ulong[] call) =>
        call.Where(f => Enumerable.Range(0, 5).Any(t =>
            f == F(FeatureTemplate.History, (ulong)t) || f == F(FeatureTemplate.HistoryLast, (ulong)t))).ToArray();

    [Fact]
    public void History_tells_a_capitalised_word_the_types_it_was_given_in_earlier_sentences()
    {
        // Sentence 1: Rubio is PER, Ana (capitalised) is O. Sentence 2 asks again, RUBIO in capitals included.
        var scorer = FakeScorer.ByWord(("Rubio", "U-PER"));

        Decode(Encode(NerFeatureOptions.All, "Rubio met Ana", "Ana saw RUBIO", "met rubio"), scorer);

        Assert.Empty(HistoryFeatures(scorer.Calls[0]));
        Assert.Empty(HistoryFeatures(scorer.Calls[2]));
        Assert.Contains(F(FeatureTemplate.History, 4), scorer.Calls[3]);
        Assert.DoesNotContain(F(FeatureTemplate.History, 3), scorer.Calls[3]);
        Assert.Contains(F(FeatureTemplate.History, 3), scorer.Calls[5]);
        Assert.DoesNotContain(F(FeatureTemplate.History, 4), scorer.Calls[5]);

        // Lower-case words neither feed the history nor read it, not even "rubio", whose capitalised form is in it.
        Assert.Empty(HistoryFeatures(scorer.Calls[4]));
        Assert.Empty(HistoryFeatures(scorer.Calls[6]));
        Assert.Empty(HistoryFeatures(scorer.Calls[7]));
    }

    [Fact]
    public void History_is_off_when_the_model_was_trained_without_it()
    {
        var options = NerFeatureOptions.All with { History = false };
        var scorer = FakeScorer.ByWord(("Rubio", "U-PER"));

        Decode(Encode(options, "Rubio met Ana", "Ana saw Rubio"), scorer, options);

        Assert.All(scorer.Calls, call => Assert.Empty(HistoryFeatures(call)));
    }

    [Fact]
    public void HistoryLast_is_the_type_the_word_was_given_most_recently()
    {
        // Jordan: a place in sentence 1, a person in sentence 2; sentence 3 hears of both, the person last.
        var scorer = FakeScorer.Scripted("U-LOC", "O", "U-PER", "O", "O", "O");

        Decode(Encode(NerFeatureOptions.All, "Jordan won", "Jordan lost", "Jordan left"), scorer);

        Assert.Contains(F(FeatureTemplate.HistoryLast, 0), scorer.Calls[2]);
        Assert.Equal(
            new[] { F(FeatureTemplate.History, 0), F(FeatureTemplate.History, 3), F(FeatureTemplate.HistoryLast, 3) }.Order(),
            HistoryFeatures(scorer.Calls[4]).Order());
    }

    private static ulong[] VoteFeatures(ulong[] call) =>
        call.Where(f => Enumerable.Range(0, 5).Any(t =>
            f == F(FeatureTemplate.FirstPassVote, (ulong)t) || f == F(FeatureTemplate.FirstPassVote, 100 + (ulong)t))).ToArray();

    [Fact]
    public void FirstPassVote_gives_the_second_pass_every_type_the_first_pass_gave_the_word_anywhere_in_the_document()
    {
        // A headline in capitals, then body sentences where the first pass finds Lagos a place twice.
        var options = NerFeatureOptions.All with { SecondPass = true };
        var scorer = FakeScorer.ByWord(("Lagos", "U-LOC"));

        Decode(Encode(options, "LAGOS FLOODS AGAIN", "Rain hit Lagos", "Lagos is wet"), scorer, options);

        // Two passes over nine tokens; the first pass has no votes yet.
        Assert.Equal(18, scorer.Calls.Count);
        Assert.All(scorer.Calls.Take(9), call => Assert.Empty(VoteFeatures(call)));

        // LAGOS in the headline (second pass, call 9): O once (itself), LOC twice, LOC the majority.
        Assert.Equal(
            new[] { F(FeatureTemplate.FirstPassVote, 0), F(FeatureTemplate.FirstPassVote, 4), F(FeatureTemplate.FirstPassVote, 100) }.Order(),
            VoteFeatures(scorer.Calls[9]).Order());

        // Rain: O only. "is" is in lower case and gets no votes.
        Assert.Equal(
            new[] { F(FeatureTemplate.FirstPassVote, 4), F(FeatureTemplate.FirstPassVote, 104) }.Order(),
            VoteFeatures(scorer.Calls[12]).Order());
        Assert.Empty(VoteFeatures(scorer.Calls[16]));
    }

    [Fact]
    public void FirstPassVote_lets_the_second_pass_change_a_headline_word()
    {
        var options = NerFeatureOptions.All with { SecondPass = true };
        var votedPlace = F(FeatureTemplate.FirstPassVote, 100);
        var scorer = new FakeScorer((_, features) =>
            features.Contains(HasWord("Lagos")) || features.Contains(votedPlace) ? Scores(("U-LOC", 5)) : Scores());

        var tags = Decode(Encode(options, "LAGOS FLOODS AGAIN", "Rain hit Lagos", "Lagos is wet"), scorer, options);

        Assert.Equal(new[] { "U-LOC", "O", "O" }, TinyNerCorpus.Names(tags[0]));
    }

    [Fact]
    public void FirstPassVote_needs_the_second_pass()
    {
        var scorer = FakeScorer.ByWord(("Lagos", "U-LOC"));

        Decode(Encode(NerFeatureOptions.All, "LAGOS FLOODS AGAIN", "Rain hit Lagos"), scorer);

        Assert.Equal(6, scorer.Calls.Count);
        Assert.All(scorer.Calls, call => Assert.Empty(VoteFeatures(call)));
    }

    [Fact]
    public void With_a_learner_every_token_ticks_the_clock_and_every_mistake_moves_weight_to_the_gold_tag()
    {
        var sentences = Encode(NerFeatureOptions.All, "Mr. Tavel arrived");
        var learner = new PerceptronTrainingWeights();
        var tags = new[] { new int[3] };
        var gold = new[] { new[] { T("O"), T("U-PER"), T("O") } };

        GreedyDecoder.Decode(sentences, learner, NerFeatureOptions.All, tags, learner, gold);

        // Learning is online: the update made at "Tavel" already moved the shared bias for "arrived", now a mistake too.
        Assert.Equal(4, learner.Clock);
        Assert.Equal(new[] { "O", "O", "U-PER" }, TinyNerCorpus.Names(tags[0]));
        Span<float> scores = stackalloc float[NerTagSet.Count];
        learner.Score(sentences[0].FeaturesOf(1), scores);
        Assert.True(scores[T("U-PER")] > scores[T("O")]);

        // A few more passes and the learner tags the sentence as annotated.
        for (var pass = 0; pass < 5 && !tags[0].SequenceEqual(gold[0]); pass++)
        {
            GreedyDecoder.Decode(sentences, learner, NerFeatureOptions.All, tags, learner, gold);
        }

        Assert.Equal(gold[0], Decode(sentences, learner)[0]);
    }

    [Fact]
    public void A_forced_mistake_never_teaches_the_learner_to_prefer_the_wrong_tag()
    {
        // Token 0 is wrongly opened as B-PER; token 1 then must be I-PER or L-PER (the last word: L-PER), although the
        // scorer likes the gold O far more. The update for that mistake must not lower O.
        var sentences = Encode(NerFeatureOptions.All, "Osk said");
        var scorer = new FakeScorer((call, _) => call == 0 ? Scores(("B-PER", 3)) : Scores(("O", 10)));
        var learner = new PerceptronTrainingWeights();
        var tags = new[] { new int[2] };

        GreedyDecoder.Decode(sentences, scorer, NerFeatureOptions.All, tags, learner, [[T("O"), T("O")]]);

        Span<float> scores = stackalloc float[NerTagSet.Count];
        learner.Score(scorer.Calls[1], scores);
        Assert.True(scores[T("O")] >= scores[T("L-PER")], $"O {scores[T("O")]} < L-PER {scores[T("L-PER")]}");
    }
}
