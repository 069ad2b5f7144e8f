using System.Xml;

namespace KnowledgeGraph.Export.Tests;

public class XmlTextSanitizerTests
{
    [Theory]
    [InlineData("")]
    [InlineData("plain")]
    [InlineData("tab\tnewline\ncr\r")]
    [InlineData("<&>\"'")]
    [InlineData("محمد 习近平 👩‍🔬")]
    [InlineData("\u0020\uD7FF\uE000\uFFFD")]
    public void ValidTextIsReturnedAsIs(string text)
    {
        Assert.Same(text, XmlTextSanitizer.Clean(text));
    }

    // Cases are in code rather than [InlineData] because xunit serializes inline data, and lone surrogates and NUL
    // do not survive that trip intact.
    [Fact]
    public void ControlCharactersAndNonCharactersAreRemoved()
    {
        Assert.Equal("ab", XmlTextSanitizer.Clean("a\u0000b"));
        Assert.Equal(string.Empty, XmlTextSanitizer.Clean("\u0001\u0008\u000B\u000C\u000E\u001F"));
        Assert.Equal("bell", XmlTextSanitizer.Clean("bell\u0007"));
        Assert.Equal("xyz", XmlTextSanitizer.Clean("x\uFFFEy\uFFFFz"));
    }

    [Fact]
    public void LoneSurrogatesAreReplaced()
    {
        Assert.Equal("a\uFFFDb", XmlTextSanitizer.Clean("a\uD800b"));
        Assert.Equal("a\uFFFDb", XmlTextSanitizer.Clean("a\uDC00b"));
        Assert.Equal("end\uFFFD", XmlTextSanitizer.Clean("end\uD83D"));
        Assert.Equal("\uFFFD\uFFFD", XmlTextSanitizer.Clean("\uDE00\uD83D"));
    }

    [Fact]
    public void SurrogatePairsAreKept()
    {
        Assert.Equal("😀😀", XmlTextSanitizer.Clean("😀\u0000😀"));
    }

    [Fact]
    public void EveryUtf16UnitCleansToTextXmlWriterAccepts()
    {
        // Checked against XmlWriter itself, which is what throws in production when the sanitizer misses a character.
        var all = new char[char.MaxValue + 1];
        for (var i = 0; i <= char.MaxValue; i++)
        {
            all[i] = (char)i;
        }

        var cleaned = XmlTextSanitizer.Clean(new string(all));
        using var output = new StringWriter();
        using (var xml = XmlWriter.Create(output))
        {
            xml.WriteElementString("x", cleaned);
        }

        Assert.DoesNotContain('\u0000', cleaned);
        Assert.Contains('\uD7FF', cleaned);
    }

    [Fact]
    public void SingleCharactersAgreeWithXmlConvert()
    {
        for (var i = 0; i <= char.MaxValue; i++)
        {
            var c = (char)i;
            if (char.IsSurrogate(c))
            {
                continue;
            }

            var expected = XmlConvert.IsXmlChar(c) ? c.ToString() : string.Empty;
            Assert.Equal(expected, XmlTextSanitizer.Clean(c.ToString()));
        }
    }
}
