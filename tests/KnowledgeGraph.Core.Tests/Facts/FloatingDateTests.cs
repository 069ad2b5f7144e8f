using KnowledgeGraph.Core.Facts;

namespace KnowledgeGraph.Core.Tests.Facts;

/// <summary>An undated article's event day as a function of the weekday the article was written on.</summary>
public sealed class FloatingDateTests
{
    // "On Tuesday" in an article written on each weekday, Sunday first: the Tuesday before, or the same day.
    private static readonly FloatingDate OnTuesday = new([-5, -6, 0, -1, -2, -3, -4]);

    // The week of Sunday 2025-03-09 to Saturday 2025-03-15.
    private static readonly DateOnly Sunday = new(2025, 3, 9);

    [Theory]
    [InlineData(0, "2025-03-04")]
    [InlineData(1, "2025-03-04")]
    [InlineData(2, "2025-03-11")]
    [InlineData(3, "2025-03-11")]
    [InlineData(4, "2025-03-11")]
    [InlineData(5, "2025-03-11")]
    [InlineData(6, "2025-03-11")]
    public void Each_weekday_of_writing_takes_its_own_offset(int daysAfterSunday, string expected)
    {
        var written = Sunday.AddDays(daysAfterSunday);
        Assert.Equal((DayOfWeek)daysAfterSunday, written.DayOfWeek);

        var date = OnTuesday.On(written);

        Assert.Equal(new FactDate(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), DatePrecision.Day), date);
        Assert.Equal(DayOfWeek.Tuesday, date!.Value.Date.DayOfWeek);
    }

    [Fact]
    public void A_weekday_with_no_reading_dates_nothing()
    {
        var onlyWeekdays = new FloatingDate([null, -1, -1, -1, -1, -1, null]);

        Assert.Null(onlyWeekdays.On(Sunday));
        Assert.Null(onlyWeekdays.On(Sunday.AddDays(6)));
        Assert.Equal(new FactDate(Sunday, DatePrecision.Day), onlyWeekdays.On(Sunday.AddDays(1)));
    }

    [Fact]
    public void Offsets_may_point_forward()
    {
        var twoDaysLater = new FloatingDate([2, 2, 2, 2, 2, 2, 2]);

        Assert.Equal(new FactDate(new DateOnly(2025, 4, 1), DatePrecision.Day), twoDaysLater.On(new DateOnly(2025, 3, 30)));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    [InlineData(8)]
    public void Anything_but_seven_offsets_dates_nothing(int count)
    {
        var wrong = new FloatingDate(Enumerable.Repeat<int?>(-1, count).ToArray());

        for (var day = 0; day < 7; day++)
        {
            Assert.Null(wrong.On(Sunday.AddDays(day)));
        }
    }

    [Fact]
    public void Text_holds_seven_comma_separated_counts_with_empty_places_for_none()
    {
        Assert.Equal("-5,-6,0,-1,-2,-3,-4", OnTuesday.ToText());
        Assert.Equal(",1,,12,,-14,", new FloatingDate([null, 1, null, 12, null, -14, null]).ToText());
    }

    [Theory]
    [InlineData(new[] { -5, -6, 0, -1, -2, -3, -4 })]
    [InlineData(new[] { 0, 0, 0, 0, 0, 0, 0 })]
    [InlineData(new[] { 14, -14, 3, 2, 1, 13, -7 })]
    public void Text_parses_back_to_the_same_offsets(int[] offsets)
    {
        var floating = new FloatingDate(offsets.Select(o => (int?)o).ToArray());

        var parsed = FloatingDate.Parse(floating.ToText());

        Assert.NotNull(parsed);
        Assert.Equal(floating.OffsetsByWeekday, parsed.OffsetsByWeekday);
        Assert.Equal(floating.ToText(), parsed.ToText());
    }

    [Fact]
    public void Missing_offsets_survive_the_round_trip()
    {
        var floating = new FloatingDate([null, -1, null, null, 2, null, null]);

        var parsed = FloatingDate.Parse(floating.ToText());

        Assert.Equal([null, -1, null, null, 2, null, null], parsed!.OffsetsByWeekday);
        Assert.Null(parsed.On(Sunday));
        Assert.Equal(new FactDate(Sunday, DatePrecision.Day), parsed.On(Sunday.AddDays(1)));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("-1")]
    [InlineData("1,2,3,4,5,6")]
    [InlineData("1,2,3,4,5,6,7,8")]
    [InlineData(",,,,,")]
    [InlineData(",,,,,,,")]
    public void Parse_rejects_any_count_but_seven(string? text)
    {
        Assert.Null(FloatingDate.Parse(text));
    }

    [Theory]
    [InlineData("1,2,x,4,5,6,7")]
    [InlineData("1,2,3,4,5,6,1.5")]
    [InlineData("1;2;3;4;5;6;7")]
    [InlineData(" 1,2,3,4,5,6,7")]
    [InlineData("1,2,3,4,5,6,99999999999")]
    [InlineData("1,2,3,4,5,6,--1")]
    public void Parse_rejects_anything_that_is_not_a_day_count(string text)
    {
        Assert.Null(FloatingDate.Parse(text));
    }

    [Fact]
    public void Seven_empty_places_parse_to_a_date_that_dates_nothing()
    {
        var parsed = FloatingDate.Parse(",,,,,,");

        Assert.NotNull(parsed);
        Assert.All(parsed.OffsetsByWeekday, Assert.Null);
        Assert.Null(parsed.On(Sunday));
    }
}
