using Dapper;
using KnowledgeGraph.Core.Facts;
using static KnowledgeGraph.Storage.Tests.EventNews;

namespace KnowledgeGraph.Storage.Tests;

/// <summary>
/// What the store keeps of an article's own date: documents.reference_date when it has one, and otherwise, for each
/// event it dates only relative to the day of writing, an undated_event_reports row to be resolved later.
/// </summary>
public sealed class UndatedReportWriteTests
{
    [Fact]
    public void The_reference_date_is_stored_on_the_document_and_is_null_when_there_is_none()
    {
        using var store = KnowledgeGraphStore.OpenInMemory();

        store.Write([
            Cast(),
            Article("The Harbour Gazette", new DateOnly(2031, 4, 9), new Report(Signing, IsNew: true)),
            Article("Elling Radio", null, new Report(Strike, IsNew: true)),
        ]);

        Assert.Equal(
            [("news/cast.txt", null, null), ("news/the-harbour-gazette.txt", "2031-04-09", null), ("news/elling-radio.txt", null, null)],
            store.Connection.Query<(string, string?, string?)>("SELECT path, reference_date, inferred_date FROM documents ORDER BY id"));
    }

    [Fact]
    public void The_reference_date_need_not_be_the_publication_date()
    {
        using var store = KnowledgeGraphStore.OpenInMemory();
        var document = new DocumentBuilder("news/late.txt", "The bridge opened on Tuesday.", published: new DateOnly(2031, 4, 20))
            .ReferenceDate(new DateOnly(2031, 4, 9))
            .Build();

        store.Write([document]);

        Assert.Equal(("2031-04-20", "2031-04-09"), store.Connection.QuerySingle<(string, string)>("SELECT published, reference_date FROM documents"));
    }

    [Fact]
    public void An_undated_article_keeps_each_floating_report_as_seven_day_counts()
    {
        using var store = KnowledgeGraphStore.OpenInMemory();
        var onMonday = FloatingDates.LastWeekday(DayOfWeek.Monday);

        store.Write([
            Cast(),
            Article(
                "Elling Radio",
                null,
                new Report(Signing, IsNew: true, Floating: onMonday),
                new Report(Strike, IsNew: true, Floating: FloatingDates.OnlyWhenWrittenOn(DayOfWeek.Friday, -2))),
        ]);

        Assert.Equal(
            [(2L, Signing, "-6,0,-1,-2,-3,-4,-5"), (2L, Strike, ",,,,,-2,")],
            store.Connection.Query<(long, long, string)>("SELECT document_id, event_id, offsets FROM undated_event_reports ORDER BY event_id"));
        var stored = FloatingDate.Parse(store.Connection.ExecuteScalar<string>(
            "SELECT offsets FROM undated_event_reports WHERE event_id = @Signing", new { Signing }));
        Assert.Equal(onMonday.OffsetsByWeekday, stored?.OffsetsByWeekday);
    }

    [Fact]
    public void A_report_without_a_floating_date_leaves_no_undated_report()
    {
        using var store = KnowledgeGraphStore.OpenInMemory();

        store.Write([
            Cast(),
            Article("Elling Radio", null, new Report(Signing, IsNew: true), new Report(Strike, IsNew: true, Floating: FloatingDates.DaysBefore(1))),
        ]);

        Assert.Equal([Strike], store.Connection.Query<long>("SELECT event_id FROM undated_event_reports"));
    }

    [Fact]
    public void An_article_with_a_reference_date_leaves_no_undated_report_even_with_a_floating_date()
    {
        using var store = KnowledgeGraphStore.OpenInMemory();

        store.Write([Cast(), Article("The Harbour Gazette", new DateOnly(2031, 4, 9), new Report(Signing, IsNew: true, Floating: FloatingDates.DaysBefore(1)))]);

        Assert.Equal(0, store.Connection.ExecuteScalar<int>("SELECT count(*) FROM undated_event_reports"));
    }

    [Fact]
    public void Each_undated_article_keeps_its_own_report_of_a_shared_event()
    {
        using var store = KnowledgeGraphStore.OpenInMemory();

        store.Write([
            Cast(),
            Article("Elling Radio", null, new Report(Signing, IsNew: true, Floating: FloatingDates.DaysBefore(1))),
            Article("The Dock Herald", null, new Report(Signing, IsNew: false, Floating: FloatingDates.DaysBefore(2))),
        ]);

        Assert.Equal(
            [(2L, "-1,-1,-1,-1,-1,-1,-1"), (3L, "-2,-2,-2,-2,-2,-2,-2")],
            store.Connection.Query<(long, string)>("SELECT document_id, offsets FROM undated_event_reports ORDER BY document_id"));
    }

    [Fact]
    public void Writing_an_undated_article_stores_no_event_date_until_the_articles_are_dated()
    {
        using var store = KnowledgeGraphStore.OpenInMemory();

        store.Write([Cast(), Article("Elling Radio", null, new Report(Signing, IsNew: true, Floating: FloatingDates.DaysBefore(1)))]);

        Assert.Equal((null, null, null), store.Connection.QuerySingle<(string?, string?, string?)>(
            "SELECT date, date_precision, date_basis FROM events WHERE entity_id = @Signing", new { Signing }));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(7)]
    public void Write_stores_the_extractor_version_the_facts_came_from(int version)
    {
        using var store = KnowledgeGraphStore.OpenInMemory();

        store.Write([new DocumentBuilder("news/versioned.txt", "The ferry sailed at noon.").ExtractedBy(version).Build()]);

        Assert.Equal(version, store.Connection.ExecuteScalar<int>("SELECT extractor_version FROM documents"));
        Assert.Equal(1, store.CountDocumentsExtractedBefore(version + 1));
        Assert.Equal(0, store.CountDocumentsExtractedBefore(version));
    }
}
