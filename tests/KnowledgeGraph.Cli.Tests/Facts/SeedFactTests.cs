using KnowledgeGraph.Cli.Tests.Support;
using Microsoft.Data.Sqlite;
using Xunit.Abstractions;

namespace KnowledgeGraph.Cli.Tests.Facts;

/// <summary>
/// Issue #5's bars on the five seed articles: the typed facts a reader of them would list. Names are matched the way a
/// user would query the file, by canonical name; each test prints what it found so a failure shows what came instead.
/// </summary>
public sealed class SeedFactTests(SeedDatabaseFixture seeds, ITestOutputHelper output) : IClassFixture<SeedDatabaseFixture>
{
    private const string EventsSql = """
        SELECT e.id, e.name, ev.event_type, ifnull(ev.date, ''), ifnull(p.name, ''), e.document_count,
               (SELECT group_concat(x.name, '|') FROM event_participants ep JOIN entities x ON x.id = ep.entity_id WHERE ep.event_id = e.id)
        FROM events ev JOIN entities e ON e.id = ev.entity_id LEFT JOIN entities p ON p.id = ev.place_id
        ORDER BY e.document_count DESC, e.id
        """;

    [SharedDataFact]
    public void One_meeting_of_Rubio_and_Sheinbaum_in_Mexico_City_on_3_September_reported_by_at_least_four_articles()
    {
        var meetings = Events().Where(e => e.Type == "meeting" && e.Participants.Contains("Marco Rubio") && e.Participants.Any(p => p.StartsWith("Claudia Sheinbaum", StringComparison.Ordinal))).ToList();

        var meeting = Assert.Single(meetings);
        Assert.Equal("2025-09-03", meeting.Date);
        Assert.Equal("Mexico City", meeting.Place);
        Assert.True(meeting.Documents >= 4, $"{meeting.Documents} documents");
    }

    [SharedDataFact]
    public void The_Caribbean_strike_is_an_attack_dated_2_September()
    {
        Assert.Contains(Events(), e => e.Type == "attack" && e.Date == "2025-09-02");
    }

    [SharedDataFact]
    public void Rubios_visit_to_Ecuador_is_dated_4_September()
    {
        Assert.Contains(Events(), e => e.Type == "visit" && e.Place == "Ecuador" && e.Date == "2025-09-04" && e.Participants.Contains("Marco Rubio"));
    }

    [SharedDataTheory]
    [InlineData("Marco Rubio", "Secretary of State")]
    [InlineData("Claudia Sheinbaum", "President")]
    [InlineData("Juan Ramón de la Fuente", "Foreign")]
    public void Holds_position_gives_the_title(string person, string title)
    {
        var labels = Relations("holds_position").Where(r => r.Source.StartsWith(person, StringComparison.Ordinal)).Select(r => r.Label).ToList();
        output.WriteLine($"{person}: {string.Join(", ", labels)}");
        Assert.Contains(labels, label => label.StartsWith(title, StringComparison.Ordinal));
    }

    [SharedDataFact]
    public void Mexico_City_is_located_in_Mexico()
    {
        Assert.Contains(Relations("located_in"), r => r.Source == "Mexico City" && r.Target == "Mexico");
    }

    [SharedDataFact]
    public void Ethan_Brooks_is_the_author_of_his_article()
    {
        Assert.Contains(Relations("author_of"), r => r.Source == "Ethan Brooks");
    }

    [SharedDataFact]
    public void At_least_ten_quotes_are_attributed_to_Rubio_Sheinbaum_or_de_la_Fuente()
    {
        using var connection = seeds.OpenReadOnly();
        var speakers = SqliteRows.Read(connection, "SELECT e.name FROM quotes q JOIN entities e ON e.id = q.speaker_id", r => r.GetString(0));
        var principal = speakers.Count(s => s is "Marco Rubio" or "Juan Ramón de la Fuente" || s.StartsWith("Claudia Sheinbaum", StringComparison.Ordinal));
        output.WriteLine($"{speakers.Count} attributed quotes, {principal} to the three principals");
        Assert.True(principal >= 10, $"{principal} quotes");
    }

    [SharedDataFact]
    public void No_quote_is_attributed_to_a_place()
    {
        using var connection = seeds.OpenReadOnly();
        Assert.Empty(SqliteRows.Read(connection, "SELECT e.name FROM quotes q JOIN entities e ON e.id = q.speaker_id WHERE e.kind = 'place'", r => r.GetString(0)));
    }

    private List<(string Name, string Type, string Date, string Place, long Documents, string[] Participants)> Events()
    {
        using var connection = seeds.OpenReadOnly();
        var events = SqliteRows.Read(connection, EventsSql, r => (r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4), r.GetInt64(5), (r.IsDBNull(6) ? string.Empty : r.GetString(6)).Split('|')));
        foreach (var e in events)
        {
            output.WriteLine($"{e.Item2} '{e.Item1}' {e.Item3} at '{e.Item4}' in {e.Item5} doc(s): {string.Join(", ", e.Item6)}");
        }

        return events;
    }

    private List<(string Source, string Target, string Label)> Relations(string kind)
    {
        using var connection = seeds.OpenReadOnly();
        return SqliteRows.Read(
            connection,
            $"SELECT source_name, target_name, ifnull(label, '') FROM relation_view WHERE kind = '{kind}'",
            r => (r.GetString(0), r.GetString(1), r.GetString(2)));
    }
}
