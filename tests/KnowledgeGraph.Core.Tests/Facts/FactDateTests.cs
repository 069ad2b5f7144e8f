using KnowledgeGraph.Core.Facts;

namespace KnowledgeGraph.Core.Tests.Facts;

/// <summary>A date keeps only as much as the text stated, in ISO form and in the stored precision name.</summary>
public sealed class FactDateTests
{
    [Theory]
    [InlineData(DatePrecision.Day, "2025-09-03")]
    [InlineData(DatePrecision.Month, "2025-09")]
    [InlineData(DatePrecision.Year, "2025")]
    public void Iso_form_keeps_only_the_stated_part(DatePrecision precision, string expected)
    {
        Assert.Equal(expected, new FactDate(new DateOnly(2025, 9, 3), precision).ToIso());
    }

    [Fact]
    public void Iso_form_pads_early_years_months_and_days()
    {
        Assert.Equal("0987-01-05", new FactDate(new DateOnly(987, 1, 5), DatePrecision.Day).ToIso());
        Assert.Equal("0987-01", new FactDate(new DateOnly(987, 1, 5), DatePrecision.Month).ToIso());
        Assert.Equal("0987", new FactDate(new DateOnly(987, 1, 5), DatePrecision.Year).ToIso());
    }

    [Theory]
    [InlineData(DatePrecision.Day, "day")]
    [InlineData(DatePrecision.Month, "month")]
    [InlineData(DatePrecision.Year, "year")]
    public void Precision_name_is_the_lower_case_storage_name(DatePrecision precision, string expected)
    {
        Assert.Equal(expected, new FactDate(new DateOnly(2025, 9, 3), precision).PrecisionName);
    }
}
