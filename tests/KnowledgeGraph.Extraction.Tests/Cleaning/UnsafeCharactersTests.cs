using KnowledgeGraph.Extraction.Cleaning;

namespace KnowledgeGraph.Extraction.Tests.Cleaning;

public sealed class UnsafeCharactersTests
{
    [Theory]
    [InlineData("Port\0 talks", "Port talks")]
    [InlineData("bell\u0007 and escape\u001b[0m", "bell and escape[0m")]
    [InlineData("tab\tseparated", "tab separated")]
    [InlineData("non-character \uFFFF here", "non-character  here")]
    [InlineData("next line\u0085marker", "next linemarker")]
    public void Control_characters_and_noncharacters_are_removed(string line, string expected) =>
        Assert.Equal(expected, UnsafeCharacters.Remove(line));

    [Fact]
    public void A_lone_surrogate_becomes_the_replacement_character() =>
        Assert.Equal("a\uFFFDb", UnsafeCharacters.Remove("a\uD800b"));

    [Fact]
    public void Emoji_and_accented_letters_are_kept()
    {
        const string line = "Søren Kjærgaard 🚀 celebrated";
        Assert.Equal(line, UnsafeCharacters.Remove(line));
    }

    [Fact]
    public void The_cleaner_stores_no_control_characters()
    {
        var document = new ArticleCleaner().Clean(new Extraction.Ingest.RawArticle("a.txt", "Dock strike\n\nUnion leader\0 Marleen Vos spoke.\u0001", null, null, null, null));
        Assert.DoesNotContain(document.Text, c => char.IsControl(c) && c != '\n');
        Assert.Equal("Dock strike\n\nUnion leader Marleen Vos spoke.", document.Text);
    }
}
