using Dapper;
using KnowledgeGraph.Core;
using KnowledgeGraph.Core.Facts;
using KnowledgeGraph.Core.Resolution;
using static KnowledgeGraph.Storage.Tests.EventNews;

namespace KnowledgeGraph.Storage.Tests;

/// <summary>
/// DateUndatedArticles: an article that never says when it was written is taken as written on the day the dated
/// articles reporting its events were (the most common day, the earliest on a tie), and its "on Monday" becomes a date
/// marked 'inferred'. 2031-04-07 is a Monday, 2031-04-09 a Wednesday.
/// </summary>
public sealed class UndatedArticleAnchoringTests
{
    private static readonly DateOnly Wednesday = new(2031, 4, 9);
    private static readonly DateOnly Friday = new(2031, 4, 11);

    [Fact]
    public void An_undated_article_takes_the_day_of_a_dated_article_that_reports_the_same_event()
    {
        using var store = KnowledgeGraphStore.OpenInMemory();
        store.Write([
            Cast(),
            UndatedFirstReport("Elling Radio", FloatingDates.LastWeekday(DayOfWeek.Monday)),
            DatedReport("The Harbour Gazette", Wednesday),
        ]);

        var anchored = store.DateUndatedArticles();

        Assert.Equal(1, anchored);
        Assert.Equal("2031-04-09", InferredDate(store, "Elling Radio"));
        Assert.Null(InferredDate(store, "The Harbour Gazette"));
        Assert.Equal(("2031-04-07", "day", "inferred"), EventDate(store, Signing));
    }

    [Fact]
    public void The_day_comes_from_the_reference_date_not_the_publication_date()
    {
        using var store = KnowledgeGraphStore.OpenInMemory();
        store.Write([
            Cast(),
            UndatedFirstReport("Elling Radio", FloatingDates.DaysBefore(1)),
            DatedReport("The Harbour Gazette", Wednesday),
        ]);
        store.Connection.Execute("UPDATE documents SET published = '2031-06-30' WHERE path = @path", new { path = PathOf("The Harbour Gazette") });

        store.DateUndatedArticles();

        Assert.Equal("2031-04-09", InferredDate(store, "Elling Radio"));
        Assert.Equal(("2031-04-08", "day", "inferred"), EventDate(store, Signing));
    }

    [Fact]
    public void The_day_most_dated_articles_were_written_on_wins()
    {
        using var store = KnowledgeGraphStore.OpenInMemory();
        store.Write([
            Cast(),
            UndatedFirstReport("Elling Radio", FloatingDates.DaysBefore(1)),
            DatedReport("The Harbour Gazette", Wednesday),
            DatedReport("The Dock Herald", Friday),
            DatedReport("Coastal Wire", Friday),
        ]);

        store.DateUndatedArticles();

        Assert.Equal("2031-04-11", InferredDate(store, "Elling Radio"));
        Assert.Equal(("2031-04-10", "day", "inferred"), EventDate(store, Signing));
    }

    [Fact]
    public void Each_dated_article_counts_once_however_often_it_names_the_event()
    {
        using var store = KnowledgeGraphStore.OpenInMemory();
        var talkative = new DocumentBuilder(
                "news/talkative.txt",
                "Ilse Varga and Tomas Brandt signed the harbour deal. They signed it at noon. Both signed again for the cameras.",
                published: Wednesday)
            .ReferenceDate(Wednesday)
            .Entity(Varga, isNew: false, EntityKind.Person, "Ilse Varga")
            .Entity(Brandt, isNew: false, EntityKind.Person, "Tomas Brandt")
            .Entity(Signing, isNew: false, EntityKind.Event, "Signing of the harbour deal")
            .Mention(Varga, "Ilse Varga")
            .Mention(Brandt, "Tomas Brandt")
            .Mention(Signing, "signed")
            .Mention(Signing, "signed", occurrence: 1)
            .Mention(Signing, "signed", occurrence: 2)
            .Event(Signing, "agreement", [(Varga, "participant"), (Brandt, "participant")])
            .Build();
        store.Write([
            Cast(),
            UndatedFirstReport("Elling Radio", FloatingDates.DaysBefore(1)),
            talkative,
            DatedReport("The Dock Herald", Friday),
            DatedReport("Coastal Wire", Friday),
        ]);

        store.DateUndatedArticles();

        Assert.Equal("2031-04-11", InferredDate(store, "Elling Radio"));
    }

    [Fact]
    public void A_tie_goes_to_the_earliest_day()
    {
        using var store = KnowledgeGraphStore.OpenInMemory();
        store.Write([
            Cast(),
            UndatedFirstReport("Elling Radio", FloatingDates.DaysBefore(1)),
            DatedReport("The Dock Herald", Friday),
            DatedReport("The Harbour Gazette", Wednesday),
        ]);

        store.DateUndatedArticles();

        Assert.Equal("2031-04-09", InferredDate(store, "Elling Radio"));
        Assert.Equal(("2031-04-08", "day", "inferred"), EventDate(store, Signing));
    }

    [Fact]
    public void An_event_whose_entity_the_votes_gave_another_kind_still_dates_the_article()
    {
        using var store = KnowledgeGraphStore.OpenInMemory();
        store.Write([
            Cast(),
            UndatedFirstReport("Elling Radio", FloatingDates.DaysBefore(1)),
            DatedReport("The Harbour Gazette", Wednesday),
        ]);

        // As when most articles read "the harbour deal signing" as an organization: the events row stays.
        store.Connection.Execute("UPDATE entities SET kind = 'organization' WHERE id = @Signing", new { Signing });
        store.DateUndatedArticles();

        Assert.Equal("2031-04-09", InferredDate(store, "Elling Radio"));
        Assert.Equal(("2031-04-08", "day", "inferred"), EventDate(store, Signing));
    }

    [Fact]
    public void Every_floating_report_of_the_article_is_dated_not_only_the_shared_event()
    {
        using var store = KnowledgeGraphStore.OpenInMemory();
        store.Write([
            Cast(),
            Article(
                "Elling Radio",
                null,
                new Report(Signing, IsNew: true, Floating: FloatingDates.DaysBefore(1)),
                new Report(Strike, IsNew: true, Floating: FloatingDates.LastWeekday(DayOfWeek.Monday))),
            DatedReport("The Harbour Gazette", Wednesday),
        ]);

        store.DateUndatedArticles();

        Assert.Equal(("2031-04-08", "day", "inferred"), EventDate(store, Signing));
        Assert.Equal(("2031-04-07", "day", "inferred"), EventDate(store, Strike));
    }

    [Fact]
    public void A_reading_that_gives_no_day_for_the_inferred_weekday_dates_the_article_but_not_the_event()
    {
        using var store = KnowledgeGraphStore.OpenInMemory();
        store.Write([
            Cast(),
            UndatedFirstReport("Elling Radio", FloatingDates.OnlyWhenWrittenOn(DayOfWeek.Friday, -2)),
            DatedReport("The Harbour Gazette", Wednesday),
        ]);

        store.DateUndatedArticles();

        Assert.Equal("2031-04-09", InferredDate(store, "Elling Radio"));
        Assert.Equal((null, null, null), EventDate(store, Signing));
    }

    [Fact]
    public void A_stated_date_is_never_overwritten_by_an_inferred_one()
    {
        using var store = KnowledgeGraphStore.OpenInMemory();
        var stated = new FactDate(new DateOnly(2031, 4, 2), DatePrecision.Day);
        store.Write([
            Cast(),
            Article("The Harbour Gazette", Wednesday, new Report(Signing, IsNew: true, stated)),
            Article("Elling Radio", null, new Report(Signing, IsNew: false, Floating: FloatingDates.DaysBefore(1))),
        ]);

        store.DateUndatedArticles();
        store.DateUndatedArticles();

        // "A day before" of a signing stated as 2 April pins the day of writing to 3 April, whatever day the Gazette
        // was written on; the stated date stays.
        Assert.Equal("2031-04-03", InferredDate(store, "Elling Radio"));
        Assert.Equal(("2031-04-02", "day", "text"), EventDate(store, Signing));
    }

    [Fact]
    public void A_weekday_count_that_fits_only_one_day_of_writing_beats_the_majority_of_the_company()
    {
        using var store = KnowledgeGraphStore.OpenInMemory();
        var stated = new FactDate(Wednesday, DatePrecision.Day);

        // Two articles written on the Tuesday before report the signing the Gazette states for Wednesday; the undated
        // one says "on Wednesday" in the past tense, which fits only days of writing from that Wednesday on.
        store.Write([
            Cast(),
            Article("The Harbour Gazette", Wednesday, new Report(Signing, IsNew: true, stated)),
            Article("Elling Radio", Wednesday.AddDays(-1), new Report(Signing, IsNew: false)),
            Article("The Dock Herald", Wednesday.AddDays(-1), new Report(Signing, IsNew: false)),
            Article("Port Weekly", null, new Report(Signing, IsNew: false, Floating: FloatingDates.LastWeekday(DayOfWeek.Wednesday))),
        ]);

        store.DateUndatedArticles();

        Assert.Equal(StoredDate.ToText(Wednesday), InferredDate(store, "Port Weekly"));
    }

    [Fact]
    public void Days_pass_along_a_chain_of_undated_articles_whatever_their_order()
    {
        using var store = KnowledgeGraphStore.OpenInMemory();

        // A (undated) shares the strike only with B (undated), which shares the signing with C (dated).
        store.Write([
            Cast(),
            Article("Elling Radio", null, new Report(Strike, IsNew: true, Floating: FloatingDates.DaysBefore(2))),
            Article(
                "The Dock Herald",
                null,
                new Report(Signing, IsNew: true, Floating: FloatingDates.DaysBefore(1)),
                new Report(Strike, IsNew: false, Floating: FloatingDates.DaysBefore(2))),
            DatedReport("The Harbour Gazette", Wednesday),
        ]);

        var anchored = store.DateUndatedArticles();

        Assert.Equal(2, anchored);
        Assert.Equal("2031-04-09", InferredDate(store, "Elling Radio"));
        Assert.Equal("2031-04-09", InferredDate(store, "The Dock Herald"));
        Assert.Equal(("2031-04-08", "day", "inferred"), EventDate(store, Signing));
        Assert.Equal(("2031-04-07", "day", "inferred"), EventDate(store, Strike));
    }

    [Fact]
    public void An_undated_article_without_relative_dates_is_dated_and_passes_the_day_along()
    {
        using var store = KnowledgeGraphStore.OpenInMemory();

        // B (undated) reports both events but dates neither; it is the only link between A and C.
        store.Write([
            Cast(),
            Article("Elling Radio", null, new Report(Strike, IsNew: true, Floating: FloatingDates.DaysBefore(2))),
            Article("The Dock Herald", null, new Report(Signing, IsNew: true), new Report(Strike, IsNew: false)),
            DatedReport("The Harbour Gazette", Wednesday),
        ]);

        store.DateUndatedArticles();

        Assert.Equal("2031-04-09", InferredDate(store, "The Dock Herald"));
        Assert.Equal("2031-04-09", InferredDate(store, "Elling Radio"));
        Assert.Equal(("2031-04-07", "day", "inferred"), EventDate(store, Strike));
    }

    [Fact]
    public void Articles_with_no_dated_company_stay_undated()
    {
        using var store = KnowledgeGraphStore.OpenInMemory();
        store.Write([
            Cast(),
            Article("Elling Radio", null, new Report(Strike, IsNew: true, Floating: FloatingDates.DaysBefore(1))),
            Article("The Dock Herald", null, new Report(Strike, IsNew: false, Floating: FloatingDates.DaysBefore(1))),
            Article("The Harbour Gazette", Wednesday, new Report(Signing, IsNew: true)),
        ]);

        var anchored = store.DateUndatedArticles();

        Assert.Equal(0, anchored);
        Assert.Null(InferredDate(store, "Elling Radio"));
        Assert.Null(InferredDate(store, "The Dock Herald"));
        Assert.Equal((null, null, null), EventDate(store, Strike));
    }

    [Fact]
    public void Sharing_people_but_no_event_with_a_dated_article_does_not_date_an_article()
    {
        using var store = KnowledgeGraphStore.OpenInMemory();
        var datedProfile = new DocumentBuilder("news/profile.txt", "Ilse Varga and Tomas Brandt went sailing.", published: Wednesday)
            .ReferenceDate(Wednesday)
            .Entity(Varga, isNew: false, EntityKind.Person, "Ilse Varga")
            .Entity(Brandt, isNew: false, EntityKind.Person, "Tomas Brandt")
            .Mention(Varga, "Ilse Varga")
            .Mention(Brandt, "Tomas Brandt")
            .Build();
        store.Write([
            Cast(),
            UndatedFirstReport("Elling Radio", FloatingDates.DaysBefore(1)),
            datedProfile,
        ]);

        Assert.Equal(0, store.DateUndatedArticles());
        Assert.Null(InferredDate(store, "Elling Radio"));
    }

    [Fact]
    public void Running_again_gives_the_same_file()
    {
        using var store = KnowledgeGraphStore.OpenInMemory();
        store.Write([
            Cast(),
            Article("Elling Radio", null, new Report(Strike, IsNew: true, Floating: FloatingDates.DaysBefore(2))),
            Article(
                "The Dock Herald",
                null,
                new Report(Signing, IsNew: true, Floating: FloatingDates.DaysBefore(1)),
                new Report(Strike, IsNew: false, Floating: FloatingDates.DaysBefore(2))),
            DatedReport("The Harbour Gazette", Wednesday),
        ]);
        var first = store.DateUndatedArticles();
        var once = TableDump.Of(store);

        var second = store.DateUndatedArticles();

        Assert.Equal(first, second);
        Assert.Equal(once, TableDump.Of(store));
    }

    [Theory]
    [InlineData("DELETE FROM documents WHERE path = @dated")]
    [InlineData("DELETE FROM mentions WHERE document_id = (SELECT id FROM documents WHERE path = @dated)")]
    public void Removing_the_dated_article_or_its_facts_and_running_again_undoes_the_inference(string removal)
    {
        using var store = KnowledgeGraphStore.OpenInMemory();
        store.Write([
            Cast(),
            UndatedFirstReport("Elling Radio", FloatingDates.DaysBefore(1)),
            DatedReport("The Harbour Gazette", Wednesday),
        ]);
        store.DateUndatedArticles();

        store.Connection.Execute(removal, new { dated = PathOf("The Harbour Gazette") });
        var anchored = store.DateUndatedArticles();

        Assert.Equal(0, anchored);
        Assert.Null(InferredDate(store, "Elling Radio"));
        Assert.Equal((null, null, null), EventDate(store, Signing));
    }

    [Fact]
    public void Changing_the_reference_date_and_running_again_moves_the_inference()
    {
        using var store = KnowledgeGraphStore.OpenInMemory();
        store.Write([
            Cast(),
            UndatedFirstReport("Elling Radio", FloatingDates.LastWeekday(DayOfWeek.Monday)),
            DatedReport("The Harbour Gazette", Wednesday),
        ]);
        store.DateUndatedArticles();

        store.Connection.Execute("UPDATE documents SET reference_date = '2031-04-16' WHERE path = @path", new { path = PathOf("The Harbour Gazette") });
        store.DateUndatedArticles();

        Assert.Equal("2031-04-16", InferredDate(store, "Elling Radio"));
        Assert.Equal(("2031-04-14", "day", "inferred"), EventDate(store, Signing));
    }

    [Fact]
    public void A_new_dated_article_that_changes_the_majority_changes_the_inference_on_the_next_run()
    {
        using var store = KnowledgeGraphStore.OpenInMemory();
        store.Write([
            Cast(),
            UndatedFirstReport("Elling Radio", FloatingDates.DaysBefore(1)),
            DatedReport("The Harbour Gazette", Wednesday),
        ]);
        store.DateUndatedArticles();

        store.Write([DatedReport("The Dock Herald", Friday), DatedReport("Coastal Wire", Friday)]);
        store.DateUndatedArticles();

        Assert.Equal("2031-04-11", InferredDate(store, "Elling Radio"));
        Assert.Equal(("2031-04-10", "day", "inferred"), EventDate(store, Signing));
    }

    [Fact]
    public void Splitting_the_articles_into_runs_gives_the_file_one_run_gives()
    {
        var articles = new[]
        {
            Cast(),
            Article("Elling Radio", null, new Report(Strike, IsNew: true, Floating: FloatingDates.DaysBefore(2))),
            Article(
                "The Dock Herald",
                null,
                new Report(Signing, IsNew: true, Floating: FloatingDates.DaysBefore(1)),
                new Report(Strike, IsNew: false, Floating: FloatingDates.DaysBefore(2))),
            DatedReport("The Harbour Gazette", Wednesday),
        };
        using var oneRun = KnowledgeGraphStore.OpenInMemory();
        oneRun.Write(articles);
        oneRun.DateUndatedArticles();

        using var manyRuns = KnowledgeGraphStore.OpenInMemory();
        foreach (var article in articles)
        {
            manyRuns.Write([article]);
            manyRuns.DateUndatedArticles();
        }

        Assert.Equal(TableDump.Of(oneRun), TableDump.Of(manyRuns));
    }

    /// <summary>An undated article, the first to report the signing, whose relative time is <paramref name="floating"/>.</summary>
    private static ResolvedDocument UndatedFirstReport(string outlet, FloatingDate floating) =>
        Article(outlet, null, new Report(Signing, IsNew: true, Floating: floating));

    /// <summary>An article written on <paramref name="day"/> that reports the signing, already known.</summary>
    private static ResolvedDocument DatedReport(string outlet, DateOnly day) => Article(outlet, day, new Report(Signing, IsNew: false));

    private static string? InferredDate(KnowledgeGraphStore store, string outlet) => store.Connection.ExecuteScalar<string?>(
        "SELECT inferred_date FROM documents WHERE path = @path", new { path = PathOf(outlet) });

    private static (string? Date, string? Precision, string? Basis) EventDate(KnowledgeGraphStore store, long eventId) =>
        store.Connection.QuerySingle<(string?, string?, string?)>(
            "SELECT date, date_precision, date_basis FROM events WHERE entity_id = @eventId", new { eventId });
}
