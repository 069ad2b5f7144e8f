using KnowledgeGraph.Core.Facts;

namespace KnowledgeGraph.Storage.Tests;

/// <summary>
/// Reading an events row's date back: the three stored forms with their precision names, and nothing for a precision
/// or a date the store never writes (a hand edit), rather than an error or a wrong date.
/// </summary>
public sealed class StoredEventDateTests
{
    [Theory]
    [InlineData("2025-09-03", "day", 2025, 9, 3, DatePrecision.Day)]
    [InlineData("2024-02-29", "day", 2024, 2, 29, DatePrecision.Day)]
    [InlineData("2025-09", "month", 2025, 9, 1, DatePrecision.Month)]
    [InlineData("2025-12", "month", 2025, 12, 1, DatePrecision.Month)]
    [InlineData("2025", "year", 2025, 1, 1, DatePrecision.Year)]
    [InlineData("0999", "year", 999, 1, 1, DatePrecision.Year)]
    public void A_stored_date_reads_back_as_the_first_day_of_its_period(string date, string precision, int year, int month, int day, DatePrecision expected)
    {
        Assert.Equal(new FactDate(new DateOnly(year, month, day), expected), StoredEventDate.Parse(date, precision));
    }

    [Theory]
    [InlineData(DatePrecision.Day)]
    [InlineData(DatePrecision.Month)]
    [InlineData(DatePrecision.Year)]
    public void What_the_store_writes_it_reads_back(DatePrecision precision)
    {
        var written = new FactDate(precision switch
        {
            DatePrecision.Day => new DateOnly(2031, 11, 23),
            DatePrecision.Month => new DateOnly(2031, 11, 1),
            _ => new DateOnly(2031, 1, 1),
        }, precision);

        Assert.Equal(written, StoredEventDate.Parse(written.ToIso(), written.PrecisionName));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("week")]
    [InlineData("days")]
    [InlineData("decade")]
    public void An_unknown_precision_gives_no_date(string? precision)
    {
        Assert.Null(StoredEventDate.Parse("2025", precision));
        Assert.Null(StoredEventDate.Parse("2025-09-03", precision));
    }

    [Theory]
    [InlineData("7")]
    [InlineData("-1")]
    [InlineData("2")]
    [InlineData("month,year")]
    public void A_precision_that_is_a_number_or_a_list_gives_no_date(string precision)
    {
        Assert.Null(StoredEventDate.Parse("2025", precision));
    }

    [Theory]
    [InlineData(null, "day")]
    [InlineData("", "day")]
    [InlineData("next spring", "day")]
    [InlineData("2025-09", "day")]
    [InlineData("2025", "day")]
    [InlineData("2025-02-30", "day")]
    [InlineData("2025-9-3", "day")]
    [InlineData("2025-09-03T10:00:00Z", "day")]
    [InlineData(" 2025-09-03", "day")]
    [InlineData("2025-09-03", "month")]
    [InlineData("2025-13", "month")]
    [InlineData("2025-00", "month")]
    [InlineData("2025", "month")]
    [InlineData("2025-09", "year")]
    [InlineData("2025-09-03", "year")]
    [InlineData("25", "year")]
    [InlineData("0000", "year")]
    [InlineData("twenty", "year")]
    public void A_malformed_date_gives_no_date(string? date, string precision)
    {
        Assert.Null(StoredEventDate.Parse(date, precision));
    }
}
