using Dapper;

namespace KnowledgeGraph.Storage.Tests;

/// <summary>
/// The schema promises substr(documents.text, start + 1, "end" - start) = the stored text. SQLite counts code points
/// and .NET counts UTF-16 units, so these tests put emoji and accented letters before the spans.
/// </summary>
public sealed class OffsetTests
{
    [Fact]
    public void Every_mention_is_its_own_substring_of_the_document_text()
    {
        using var store = KnowledgeGraphStore.OpenInMemory();
        store.Write([SampleNews.Bridge(), SampleNews.School(), SampleNews.Cafe()]);

        var rows = store.Connection.Query<(string Text, string Slice)>(
            """
            SELECT m.text, substr(d.text, m.start + 1, m."end" - m.start)
            FROM mentions m JOIN documents d ON d.id = m.document_id
            ORDER BY m.id
            """).ToArray();

        Assert.Equal(16, rows.Length);
        Assert.All(rows, row => Assert.Equal(row.Text, row.Slice));
    }

    [Fact]
    public void Offsets_after_emoji_count_code_points()
    {
        using var store = KnowledgeGraphStore.OpenInMemory();
        store.Write([SampleNews.Bridge(), SampleNews.Cafe()]);

        // "🎉 Café owner " is 14 UTF-16 units but 13 code points.
        var zoe = store.Connection.QuerySingle<(int Start, int End)>(
            "SELECT start, \"end\" FROM mentions WHERE text = 'Zoë Ångström'");
        Assert.Equal((13, 25), zoe);

        // Past the flag (two regional indicators, four UTF-16 units) and 😀 the gap keeps growing.
        var cafe = SampleNews.Cafe().Facts.Document.Text;
        var dotnetStart = cafe.LastIndexOf("Nørrebro", StringComparison.Ordinal);
        var storedStart = store.Connection.ExecuteScalar<int>(
            "SELECT max(start) FROM mentions WHERE text = 'Nørrebro'");
        Assert.Equal(dotnetStart - 4, storedStart);
    }

    [Fact]
    public void Sentences_and_evidence_are_stored_in_code_points_too()
    {
        using var store = KnowledgeGraphStore.OpenInMemory();
        var cafe = SampleNews.Cafe();
        store.Write([SampleNews.Bridge(), cafe]);

        var sentences = store.Connection.Query<string>(
            """
            SELECT substr(d.text, s.start + 1, s."end" - s.start)
            FROM sentences s JOIN documents d ON d.id = s.document_id
            WHERE d.path = 'news/café.html'
            ORDER BY s.sentence
            """);
        Assert.Equal(cafe.Facts.Sentences.Select(s => s.Slice(cafe.Facts.Document.Text)), sentences);

        var evidence = store.Connection.Query<string>(
            "SELECT text FROM evidence_view WHERE document_path = 'news/café.html' ORDER BY relation_id, start");
        Assert.Equal(
            [cafe.Facts.Sentences[0].Slice(cafe.Facts.Document.Text),
             cafe.Facts.Sentences[0].Slice(cafe.Facts.Document.Text),
             cafe.Facts.Sentences[1].Slice(cafe.Facts.Document.Text)],
            evidence);
    }

    [Theory]
    [InlineData("plain ascii", 5, 5)]
    [InlineData("é", 1, 1)]
    [InlineData("a😀b", 3, 2)]
    [InlineData("a😀b", 4, 3)]
    [InlineData("🇸🇪!", 4, 2)]
    public void CodePointOffsets_count_surrogate_pairs_once(string text, int utf16Offset, int codePoints)
    {
        Assert.Equal(codePoints, CodePointOffsets.For(text).ToCodePoint(utf16Offset));
    }

    [Fact]
    public void A_lone_surrogate_counts_as_one_code_point_because_sqlite_receives_a_replacement_character()
    {
        Assert.Equal(2, CodePointOffsets.For("\ud800x").ToCodePoint(2));
    }
}
