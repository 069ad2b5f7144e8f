using System.Globalization;

namespace KnowledgeGraph.Export.Tests;

public class InvariantNumberTests
{
    [Theory]
    [InlineData(2.0, "2")]
    [InlineData(0.5, "0.5")]
    [InlineData(-0.0, "0")]
    [InlineData(0.1, "0.1")]
    [InlineData(1e21, "1E+21")]
    [InlineData(double.PositiveInfinity, "Infinity")]
    [InlineData(double.NaN, "NaN")]
    public void DoublesUseShortestRoundTripForm(double value, string expected)
    {
        Assert.Equal(expected, InvariantNumber.Format(value));
    }

    [Fact]
    public void CurrentCultureDoesNotLeakIn()
    {
        // InvariantGlobalization is on, so build a culture with a comma decimal separator and a dot group separator.
        var commaCulture = (CultureInfo)CultureInfo.InvariantCulture.Clone();
        commaCulture.NumberFormat.NumberDecimalSeparator = ",";
        commaCulture.NumberFormat.NumberGroupSeparator = ".";
        commaCulture.NumberFormat.NegativeSign = "~";
        var before = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = commaCulture;

            Assert.Equal("1234.5", InvariantNumber.Format(1234.5));
            Assert.Equal("-3", InvariantNumber.Format(-3));
            Assert.Equal("-7", InvariantNumber.Format(-7L));
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }
    }
}
