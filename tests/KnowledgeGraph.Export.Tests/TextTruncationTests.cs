namespace KnowledgeGraph.Export.Tests;

public class TextTruncationTests
{
    [Theory]
    [InlineData("", 5)]
    [InlineData("short", 5)]
    public void TextThatFitsIsUnchanged(string text, int max)
    {
        Assert.Same(text, TextTruncation.Truncate(text, max));
    }

    [Fact]
    public void LongTextEndsWithEllipsisWithinTheLimit()
    {
        var result = TextTruncation.Truncate("abcdefghij", 5);

        Assert.Equal("abcd…", result);
    }

    [Fact]
    public void SpaceBeforeTheCutIsTrimmed()
    {
        Assert.Equal("ab…", TextTruncation.Truncate("ab   cdefgh", 5));
    }

    [Fact]
    public void SurrogatePairIsNotSplit()
    {
        // "a" + U+1F600 (two units) + "b": a cut after the high surrogate would leave half a character.
        var result = TextTruncation.Truncate("a\U0001F600bcd", 3);

        Assert.Equal("a…", result);
    }

    [Fact]
    public void LimitBelowOneIsRejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => TextTruncation.Truncate("x", 0));
    }
}
