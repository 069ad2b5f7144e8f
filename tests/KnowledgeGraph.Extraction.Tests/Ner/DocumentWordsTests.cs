using KnowledgeGraph.Extraction.Ner;

namespace KnowledgeGraph.Extraction.Tests.Ner;

public class DocumentWordsTests
{
    private static string[] Words(SentenceWords sentence) => Enumerable.Range(0, sentence.Count).Select(i => sentence[i].ToString()).ToArray();

    [Fact]
    public void Words_come_back_by_sentence_in_order()
    {
        var words = DocumentWords.Of([["Ada", "Voss", "spoke", "."], ["Then", "she", "left"]]);

        Assert.Equal(2, words.SentenceCount);
        Assert.Equal(["Ada", "Voss", "spoke", "."], Words(words.Sentence(0)));
        Assert.Equal(["Then", "she", "left"], Words(words.Sentence(1)));
    }

    [Fact]
    public void Curly_quotes_and_long_dashes_read_in_the_training_datas_spelling()
    {
        var words = DocumentWords.Of([["Voss’s", "“deal”", "—", "2024–25", "‘yes’"]]);

        Assert.Equal(["Voss's", "\"deal\"", "-", "2024-25", "'yes'"], Words(words.Sentence(0)));
    }

    [Fact]
    public void An_empty_sentence_keeps_its_place_so_sentence_numbers_match()
    {
        var words = DocumentWords.Of([["One"], [], ["Two", "words"]]);

        Assert.Equal(3, words.SentenceCount);
        Assert.Equal(0, words.Sentence(1).Count);
        Assert.Equal(["Two", "words"], Words(words.Sentence(2)));
    }

    [Fact]
    public void The_builder_grows_past_the_size_it_was_told_to_expect()
    {
        var builder = new DocumentWords.Builder(expectedCharacters: 2);
        var long1 = new string('a', 40);
        var long2 = new string('b', 100);
        builder.AddWord(long1);
        builder.AddWord(long2);
        builder.EndSentence();

        Assert.Equal([long1, long2], Words(builder.Build().Sentence(0)));
    }

    [Fact]
    public void Reading_past_the_end_of_a_sentence_is_an_error()
    {
        var sentence = DocumentWords.Of([["a", "b"], ["c"]]).Sentence(0);

        Assert.Throws<ArgumentOutOfRangeException>(() => sentence[2].ToString());
    }
}
