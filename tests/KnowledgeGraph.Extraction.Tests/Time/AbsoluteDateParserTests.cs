using KnowledgeGraph.Extraction.Time;

namespace KnowledgeGraph.Extraction.Tests.Time;

public class AbsoluteDateParserTests
{
    [Theory]
    [InlineData("The council voted on Sept. 3, 2025, to close the ferry.", 2025, 9, 3)]
    [InlineData("Filed September 3, 2025 from the harbour.", 2025, 9, 3)]
    [InlineData("Sep 3 2025", 2025, 9, 3)]
    [InlineData("The strike began on 3 September 2025.", 2025, 9, 3)]
    [InlineData("released 2025-09-03 by the agency", 2025, 9, 3)]
    [InlineData("timestamp 2025-09-03T10:00:00Z", 2025, 9, 3)]
    [InlineData("Wednesday, Sept. 3, 2025", 2025, 9, 3)]
    [InlineData("Jan. 14, 2024", 2024, 1, 14)]
    [InlineData("Feb 29, 2024", 2024, 2, 29)]
    [InlineData("Mar. 1, 2023", 2023, 3, 1)]
    [InlineData("Apr 30 2023", 2023, 4, 30)]
    [InlineData("May 5, 2026", 2026, 5, 5)]
    [InlineData("Jun. 6, 2026", 2026, 6, 6)]
    [InlineData("Jul 7, 2026", 2026, 7, 7)]
    [InlineData("Aug. 8, 2026", 2026, 8, 8)]
    [InlineData("Oct. 10, 2026", 2026, 10, 10)]
    [InlineData("Nov 11, 2026", 2026, 11, 11)]
    [InlineData("Dec. 12, 2026", 2026, 12, 12)]
    [InlineData("the 21st of March 2024", 2024, 3, 21)]
    [InlineData("July 4th, 2025", 2025, 7, 4)]
    public void Finds_the_date(string text, int year, int month, int day) =>
        Assert.Equal(new DateOnly(year, month, day), AbsoluteDateParser.FindFirst(text));

    [Theory]
    [InlineData("The ferry resumed service on Tuesday.")]
    [InlineData("Feb 30, 2025")]
    [InlineData("2025-13-01")]
    [InlineData("September 2025")]
    [InlineData("Sept. 3")]
    [InlineData("Janet 3 2025")]
    [InlineData("")]
    public void Finds_nothing(string text) => Assert.Null(AbsoluteDateParser.FindFirst(text));

    [Fact]
    public void The_leftmost_date_wins_whatever_its_format() =>
        Assert.Equal(new DateOnly(2024, 6, 1), AbsoluteDateParser.FindFirst("On 1 June 2024 the port opened; by 2025-01-05 it had closed."));

    [Fact]
    public void An_impossible_date_is_passed_over_for_the_next_one() =>
        Assert.Equal(new DateOnly(2025, 3, 2), AbsoluteDateParser.FindFirst("Feb. 30, 2025 was printed in error; the vote was March 2, 2025."));

    [Theory]
    [InlineData("2025-09-03", 2025, 9, 3)]
    [InlineData("2025-09-03T10:00:00Z", 2025, 9, 3)]
    [InlineData("2025-09-03T23:30:00-05:00", 2025, 9, 3)]
    [InlineData("  2025-09-03 10:00  ", 2025, 9, 3)]
    public void Parses_iso_dates_and_date_times(string value, int year, int month, int day) =>
        Assert.Equal(new DateOnly(year, month, day), AbsoluteDateParser.ParseIso(value));

    [Theory]
    [InlineData("Sept. 3, 2025")]
    [InlineData("2025-02-30")]
    [InlineData("2025-09-031")]
    [InlineData("20250903")]
    [InlineData("published 2025-09-03")]
    public void Rejects_what_is_not_an_iso_date(string value) => Assert.Null(AbsoluteDateParser.ParseIso(value));

    // Regex \d matches every Unicode decimal digit but int.Parse reads only 0-9; such text used to throw.
    [Theory]
    [InlineData("\uFF12\uFF10\uFF12\uFF15-\uFF10\uFF19-\uFF10\uFF13")]
    [InlineData("Sept. \u0663, \u0662\u0660\u0662\u0665")]
    [InlineData("\u0663 September \u0662\u0660\u0662\u0665")]
    public void Digits_other_than_ascii_are_not_a_date(string text)
    {
        Assert.Null(AbsoluteDateParser.FindFirst(text));
        Assert.Null(AbsoluteDateParser.ParseIso(text));
    }

    [Theory]
    [InlineData("released 2025-09-03 by the agency", "2025-09-03")]
    [InlineData("timestamp 2025-09-03T10:00:00Z", "2025-09-03")]
    [InlineData("The council voted on Sept. 3, 2025, to close the ferry.", "Sept. 3, 2025")]
    [InlineData("The strike began on the 3rd of September 2025.", "3rd of September 2025")]
    public void Reports_where_the_date_is_written(string text, string written)
    {
        var found = AbsoluteDateParser.FindFirstWritten(text);

        Assert.NotNull(found);
        Assert.Equal(new DateOnly(2025, 9, 3), found.Value.Date);
        Assert.Equal(written, text[found.Value.Start..found.Value.End]);
        Assert.Equal(written.Length, found.Value.Length);
    }

    [Theory]
    [InlineData("March", true)]
    [InlineData("Sept.", true)]
    [InlineData("dec", true)]
    [InlineData("May", true)]
    [InlineData("Marching", false)]
    [InlineData("Mar.ch", false)]
    [InlineData("", false)]
    public void A_month_name_is_a_whole_word(string word, bool isMonth) => Assert.Equal(isMonth, AbsoluteDateParser.IsMonthName(word));
}
