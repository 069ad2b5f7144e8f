using KnowledgeGraph.Extraction.Ner;

namespace KnowledgeGraph.Extraction.Tests.Ner;

public class PhraseLexiconTests
{
    private static readonly PhraseLexicon Lexicon = new(
    [
        ("cities", ["York", "New York City", "Rio Grande", "Paris", "Route 66"]),
        ("states", ["New York", "Rio Grande Do Sul"]),
        ("rivers", ["Rio Grande", "Grande Prairie"]),
    ]);

    private const int Cities = 0;
    private const int States = 1;
    private const int Rivers = 2;

    private static List<(int List, int Start, int End)> Match(PhraseLexicon lexicon, string sentence)
    {
        var words = sentence.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => FeatureHash.OfNormalized(w)).ToArray();
        var output = new List<(int List, int Start, int End)>();
        lexicon.Match(words, output);
        return output;
    }

    private static List<(int List, int Start, int End)> Match(string sentence) => Match(Lexicon, sentence);

    private static (int, int, int)[] Sorted(IEnumerable<(int List, int Start, int End)> matches) =>
        matches.OrderBy(m => m.Start).ThenBy(m => m.List).Select(m => (m.List, m.Start, m.End)).ToArray();

    [Fact]
    public void The_list_names_keep_their_order() =>
        Assert.Equal(new[] { "cities", "states", "rivers" }, Lexicon.ListNames);

    [Fact]
    public void The_longest_phrase_of_each_list_wins_over_its_prefix_and_suffix() =>
        Assert.Equal(new[] { (Cities, 3, 6), (States, 3, 5) }, Sorted(Match("She flew to New York City today")));

    [Fact]
    public void A_shorter_phrase_of_the_same_list_at_the_same_start_gives_way_to_the_longer_one()
    {
        var lexicon = new PhraseLexicon([("cities", ["New York", "New York City", "York"])]);

        Assert.Equal(new[] { (0, 1, 4) }, Sorted(Match(lexicon, "in New York City today")));
        Assert.Equal(new[] { (0, 1, 3) }, Sorted(Match(lexicon, "in New York today")));
    }

    [Fact]
    public void When_the_long_phrase_breaks_off_a_shorter_one_starting_later_is_found()
    {
        // "New York" is a state, "New York Yankees" is nothing, and "York" alone is a city.
        Assert.Equal(new[] { (States, 0, 2), (Cities, 1, 2) }, Sorted(Match("New York Yankees won")));
    }

    [Fact]
    public void Matches_of_one_list_never_overlap()
    {
        // The rivers list holds both "Rio Grande" and "Grande Prairie"; left to right, the first one wins.
        var rivers = Match("Rio Grande Prairie").Where(m => m.List == Rivers);

        Assert.Equal(new[] { (Rivers, 0, 2) }, Sorted(rivers));
    }

    [Fact]
    public void Adjacent_matches_of_one_list_are_all_found() =>
        Assert.Equal(new[] { (Cities, 0, 1), (Cities, 1, 2), (Cities, 3, 4) }, Sorted(Match("Paris Paris and Paris")));

    [Fact]
    public void Two_lists_matching_the_same_words_are_both_reported() =>
        Assert.Equal(new[] { (Cities, 1, 3), (Rivers, 1, 3) }, Sorted(Match("the Rio Grande rose")));

    [Fact]
    public void Lists_may_overlap_each_other()
    {
        // States take the four-word name, cities and rivers the two words inside it.
        Assert.Equal(
            new[] { (Cities, 0, 2), (States, 0, 4), (Rivers, 0, 2) },
            Sorted(Match("Rio Grande Do Sul")));
    }

    [Theory]
    [InlineData("NEW YORK CITY")]
    [InlineData("new york city")]
    [InlineData("New YORK city")]
    public void Matching_ignores_case(string sentence) =>
        Assert.Contains((Cities, 0, 3), Match(sentence));

    [Fact]
    public void Matching_reads_every_digit_alike() =>
        Assert.Equal(new[] { (Cities, 1, 3) }, Sorted(Match("on Route 99 north")));

    [Theory]
    [InlineData("New")]
    [InlineData("Rio Grande Do")]
    [InlineData("")]
    public void A_phrase_longer_than_the_sentence_is_not_matched_and_does_not_fail(string sentence)
    {
        var lexicon = new PhraseLexicon([("long", ["New York City", "Rio Grande Do Sul"])]);

        Assert.Empty(Match(lexicon, sentence));
    }

    [Fact]
    public void A_phrase_at_the_very_end_of_the_sentence_is_matched() =>
        Assert.Equal(new[] { (0, 2, 4) }, Sorted(Match(new PhraseLexicon([("states", ["New York"])]), "back to New York")));

    [Fact]
    public void Match_clears_the_output_before_writing()
    {
        var output = new List<(int List, int Start, int End)> { (9, 9, 9) };
        Lexicon.Match([FeatureHash.OfNormalized("Paris")], output);

        Assert.Equal(new[] { (Cities, 0, 1) }, output);
    }

    [Fact]
    public void LongestPhrase_is_the_word_count_of_the_longest_phrase_in_any_list()
    {
        Assert.Equal(4, Lexicon.LongestPhrase);
        Assert.Equal(2, new PhraseLexicon([("a", ["x", "  x   y  "]), ("b", ["z"])]).LongestPhrase);
        Assert.Equal(0, new PhraseLexicon([("empty", ["", " "])]).LongestPhrase);
    }

    [Fact]
    public void An_empty_or_blank_phrase_matches_nothing() =>
        Assert.Empty(Match(new PhraseLexicon([("empty", ["", " "])]), "any words at all"));

    /// <summary>One-word phrases that differ in letters, not digits (digits all read alike): "a" … "z", "aa", "bb" ….</summary>
    private static List<(string, IEnumerable<string>)> OneWordLists(int count) =>
        Enumerable.Range(0, count).Select(i => ($"list{i}", (IEnumerable<string>)[new string((char)('a' + (i % 26)), 1 + (i / 26))])).ToList();

    [Fact]
    public void More_lists_than_the_bit_mask_holds_are_refused()
    {
        var lists = OneWordLists(32);

        Assert.Throws<ArgumentException>(() => new PhraseLexicon(lists));
    }

    [Fact]
    public void The_31st_list_still_matches()
    {
        var lexicon = new PhraseLexicon(OneWordLists(31));

        Assert.Equal(new[] { (30, 1, 2), (0, 3, 4) }, Sorted(Match(lexicon, "then ee and a")));
    }
}
