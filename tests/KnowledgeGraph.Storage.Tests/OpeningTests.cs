using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage.Tests;

/// <summary>Who may open a database how: one writer at a time, any number of readers that change nothing.</summary>
public sealed class OpeningTests
{
    // Regression: two ingests into one file both handed out the same new entity ids and the second died on a UNIQUE error.
    [Fact]
    public void A_second_writer_is_refused_with_a_busy_message_while_the_first_is_open()
    {
        using var folder = new TempFolder();
        var path = folder.File("graph.db");
        using (KnowledgeGraphStore.Open(path))
        {
            var refused = Assert.Throws<IOException>(() => KnowledgeGraphStore.Open(path));
            Assert.Contains("busy", refused.Message);
            Assert.Contains("another kg process", refused.Message);
        }

        using var afterwards = KnowledgeGraphStore.Open(path);
        Assert.Equal(0, afterwards.GetStatistics().Documents);
    }

    [Fact]
    public void A_reader_can_open_the_database_while_a_writer_has_it()
    {
        using var folder = new TempFolder();
        var path = folder.File("graph.db");
        using var writer = KnowledgeGraphStore.Open(path);
        writer.Write([SampleNews.Bridge()]);

        using var reader = KnowledgeGraphStore.OpenForReading(path);

        Assert.Equal(1, reader.GetStatistics().Documents);
    }

    // Regression: 'kg stats' on an empty file turned it into a kg database.
    [Fact]
    public void Opening_for_reading_never_changes_the_file()
    {
        using var folder = new TempFolder();
        var path = folder.File("empty.db");
        File.WriteAllBytes(path, []);

        var refused = Assert.Throws<InvalidDataException>(() => KnowledgeGraphStore.OpenForReading(path));

        Assert.Contains("not a knowledge-graph database yet", refused.Message);
        Assert.Equal(0, new FileInfo(path).Length);
    }

    [Fact]
    public void A_reader_cannot_write()
    {
        using var folder = new TempFolder();
        var path = folder.File("graph.db");
        using (var writer = KnowledgeGraphStore.Open(path))
        {
            writer.Write([SampleNews.Bridge()]);
        }

        using var reader = KnowledgeGraphStore.OpenForReading(path);

        Assert.Throws<SqliteException>(() => reader.Write([SampleNews.Cafe()]));
    }

    [Fact]
    public void Opening_a_missing_file_for_reading_names_it() =>
        Assert.Contains("absent.db", Assert.Throws<FileNotFoundException>(() => KnowledgeGraphStore.OpenForReading("absent.db")).Message);
}
