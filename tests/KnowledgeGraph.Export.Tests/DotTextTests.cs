namespace KnowledgeGraph.Export.Tests;

// Cases with control characters or lone surrogates are written in code, not [InlineData], because xunit serializes
// inline data and those characters do not survive that trip intact.
public class DotTextTests
{
    [Theory]
    [InlineData("plain", "\"plain\"")]
    [InlineData("", "\"\"")]
    [InlineData("say \"hi\"", "\"say \\\"hi\\\"\"")]
    [InlineData("C:\\Users\\", "\"C:\\\\Users\\\\\"")]
    [InlineData("\\", "\"\\\\\"")]
    [InlineData("\\\"", "\"\\\\\\\"\"")]
    [InlineData("\\N \\l", "\"\\\\N \\\\l\"")]
    [InlineData("{x} [y]; a -> b", "\"{x} [y]; a -> b\"")]
    public void QuotesAndBackslashesAreEscaped(string text, string expected)
    {
        Assert.Equal(expected, DotText.Quote(text));
    }

    [Fact]
    public void TrailingBackslashCannotEscapeTheClosingQuote()
    {
        var quoted = DotText.Quote("ends with\\");

        Assert.EndsWith("\\\\\"", quoted);
        Assert.Equal(0, CountUnescapedQuotes(quoted[1..^1]));
    }

    [Fact]
    public void LineBreaksBecomeBackslashN()
    {
        Assert.Equal("\"a\\nb\"", DotText.Quote("a\nb"));
        Assert.Equal("\"a\\nb\"", DotText.Quote("a\r\nb"));
        Assert.Equal("\"a\\nb\"", DotText.Quote("a\rb"));
        Assert.Equal("\"a\\n\\nb\"", DotText.Quote("a\n\nb"));
        Assert.Equal("\"a\\n\"", DotText.Quote("a\r"));
    }

    [Fact]
    public void TabsBecomeSpacesAndOtherControlCharactersAreDropped()
    {
        Assert.Equal("\"a b\"", DotText.Quote("a\tb"));
        Assert.Equal("\"ab\"", DotText.Quote("a\u0000b"));
        Assert.Equal("\"bell\"", DotText.Quote("\u0007bell\u001B"));
        Assert.Equal("\"ab\"", DotText.Quote("a\u0085\u007Fb"));
        Assert.Equal("\"xy\"", DotText.Quote("x\uFFFEy\uFFFF"));
    }

    [Fact]
    public void NonAsciiIsKept()
    {
        Assert.Equal("\"محمد 习近平 👩‍🔬 🇺🇦\"", DotText.Quote("محمد 习近平 👩‍🔬 🇺🇦"));
    }

    [Fact]
    public void LoneSurrogatesBecomeReplacementCharacters()
    {
        Assert.Equal("\"a\uFFFDb\uFFFD\"", DotText.Quote("a\uD800b\uDC00"));
    }

    [Theory]
    [InlineData("AT&T", "\"AT&T\"")]
    [InlineData("Johnson & Johnson", "\"Johnson & Johnson\"")]
    [InlineData("AT&amp;T", "\"AT&amp;amp;T\"")]
    [InlineData("&#65;", "\"&amp;#65;\"")]
    [InlineData("&#x41;", "\"&amp;#x41;\"")]
    [InlineData("&;", "\"&amp;;\"")]
    [InlineData("a&b c;", "\"a&b c;\"")]
    [InlineData("&", "\"&\"")]
    public void OnlyEntityShapedAmpersandsAreEscaped(string text, string expected)
    {
        Assert.Equal(expected, DotText.Quote(text));
    }

    private static int CountUnescapedQuotes(string inner)
    {
        var count = 0;
        for (var i = 0; i < inner.Length; i++)
        {
            if (inner[i] == '\\')
            {
                i++;
            }
            else if (inner[i] == '"')
            {
                count++;
            }
        }

        return count;
    }
}
