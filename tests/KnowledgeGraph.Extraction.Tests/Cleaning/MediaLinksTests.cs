using KnowledgeGraph.Extraction.Cleaning;

namespace KnowledgeGraph.Extraction.Tests.Cleaning;

public sealed class MediaLinksTests
{
    [Theory]
    [InlineData("The bridge is closed until further notice pic.twitter.com/Ab12Cd34Ef", "The bridge is closed until further notice")]
    [InlineData("Our statement on the dam: https://t.co/Zx98Yw76 more soon", "Our statement on the dam: more soon")]
    [InlineData("Two photos pic.twitter.com/Ab12 pic.twitter.com/Cd34", "Two photos")]
    [InlineData("PIC.TWITTER.COM/Ab12", "")]
    public void Post_links_are_removed_and_the_words_kept(string line, string expected) =>
        Assert.Equal(expected, MediaLinks.Strip(line));

    [Theory]
    [InlineData("The ferry to Saint-Malo left at 6 a.m.")]
    [InlineData("See the report at valleypost.co/dams for details.")]
    [InlineData("He tweeted about it, not.co/operating.")]
    [InlineData("Visit our site at www.t.co/info today.")]
    public void Lines_without_a_post_link_are_untouched(string line) => Assert.Equal(line, MediaLinks.Strip(line));
}
