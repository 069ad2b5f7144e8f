using Dapper;
using KnowledgeGraph.Core;
using KnowledgeGraph.Core.Facts;
using KnowledgeGraph.Core.Resolution;

namespace KnowledgeGraph.Storage.Tests;

/// <summary>
/// Quotations are stored with offsets in code points, so that
/// <c>substr(documents.text, start + 1, "end" - start)</c> gives the quoted words even after emoji and other characters
/// outside the Basic Multilingual Plane, which .NET counts twice.
/// </summary>
public sealed class QuoteWriteTests
{
    [Fact]
    public void A_quote_is_stored_with_its_speaker_document_offsets_and_text()
    {
        using var store = KnowledgeGraphStore.OpenInMemory();
        const string text = "Ilse Varga said: \"The bridge will open in May.\" Nobody objected.";

        store.Write([new DocumentBuilder("news/quote.txt", text)
            .Entity(1, isNew: true, EntityKind.Person, "Ilse Varga")
            .Mention(1, "Ilse Varga")
            .Quote(1, "The bridge will open in May.")
            .Build()]);

        var start = text.IndexOf("The bridge", StringComparison.Ordinal);
        Assert.Equal(
            [(1L, 1L, (long)start, (long)(start + "The bridge will open in May.".Length), "The bridge will open in May.")],
            store.Connection.Query<(long?, long, long, long, string)>("SELECT speaker_id, document_id, start, \"end\", text FROM quotes"));
    }

    [Fact]
    public void A_quote_nobody_is_tied_to_is_stored_without_a_speaker()
    {
        using var store = KnowledgeGraphStore.OpenInMemory();

        store.Write([new DocumentBuilder("news/rumour.txt", "A voice in the crowd shouted \"Build it now!\" twice.")
            .Quote(null, "Build it now!")
            .Build()]);

        Assert.Equal(
            [(null, "Build it now!")],
            store.Connection.Query<(long? Speaker, string Text)>("SELECT speaker_id, text FROM quotes"));
        Assert.Equal(["Build it now!"], QuotedTextAsUsersSeeIt(store));
    }

    [Theory]
    [InlineData("🎉 Party host Zoë Ångström told guests: \"We dance until dawn.\"", "We dance until dawn.")]
    [InlineData("Fans waved 🇸🇪 flags 🇸🇪 and the coach said \"We are ready\" in 𠀀 style.", "We are ready")]
    [InlineData("😀😀😀 \"😀 Smile first\", the clown said.", "😀 Smile first")]
    [InlineData("Plain text keeps plain offsets: \"nothing astral here\".", "nothing astral here")]
    public void Quote_offsets_select_the_quoted_text_in_sqlite_after_astral_characters(string text, string quoted)
    {
        using var store = KnowledgeGraphStore.OpenInMemory();

        store.Write([new DocumentBuilder("news/astral.txt", text).Quote(null, quoted).Build()]);

        Assert.Equal([quoted], QuotedTextAsUsersSeeIt(store));
        Assert.Equal([quoted], store.Connection.Query<string>("SELECT text FROM quotes"));
    }

    [Fact]
    public void Every_quote_of_a_document_after_astral_characters_lines_up()
    {
        using var store = KnowledgeGraphStore.OpenInMemory();
        const string text = "🚢 Captain Ilse Varga said \"Ropes off\" at dawn. 🌊🌊 Later she added \"Full ahead\" and 🎺 \"Hold the line\".";

        store.Write([new DocumentBuilder("news/ship.txt", text)
            .Entity(1, isNew: true, EntityKind.Person, "Ilse Varga")
            .Mention(1, "Ilse Varga")
            .Quote(1, "Ropes off")
            .Quote(1, "Full ahead")
            .Quote(null, "Hold the line")
            .Build()]);

        Assert.Equal(["Ropes off", "Full ahead", "Hold the line"], QuotedTextAsUsersSeeIt(store));
        Assert.Equal(
            text.Length - 4,
            store.Connection.ExecuteScalar<int>("SELECT length(text) FROM documents")); // four astral characters, each two UTF-16 units
    }

    [Fact]
    public void A_document_stored_again_keeps_its_quotes_once()
    {
        using var store = KnowledgeGraphStore.OpenInMemory();
        var document = new DocumentBuilder("news/again.txt", "The mayor said \"Not again\" on the radio.").Quote(null, "Not again").Build();

        store.Write([document]);
        store.Write([document]);

        Assert.Equal(1, store.Connection.ExecuteScalar<int>("SELECT count(*) FROM quotes"));
    }

    [Theory]
    [InlineData("She said \"Go home\" and left.")]
    [InlineData("🎉 She said \"Go home\" and left.")]
    public void A_quote_span_outside_the_text_is_refused_and_nothing_is_written(string text)
    {
        using var store = KnowledgeGraphStore.OpenInMemory();
        var document = new DocumentBuilder("news/outside.txt", text).Build() with
        {
            Quotes = [new ResolvedQuote(null, new LocalQuote(null, new TextSpan(text.Length - 3, text.Length + 20), "Go home"))],
        };

        Assert.Throws<ArgumentException>(() => store.Write([document]));
        Assert.Equal(0, store.GetStatistics().Documents);
    }

    [Fact]
    public void A_quote_whose_text_is_not_the_text_at_its_span_is_refused()
    {
        using var store = KnowledgeGraphStore.OpenInMemory();
        var document = new DocumentBuilder("news/mismatch.txt", "She said \"Go home\" and left.").Quote(null, "Go home").Build();
        var wrong = document with { Quotes = [document.Quotes[0] with { Quote = document.Quotes[0].Quote with { Text = "Stay here" } }] };

        Assert.Throws<ArgumentException>(() => store.Write([wrong]));
        Assert.Equal(0, store.GetStatistics().Documents);
    }

    private static IEnumerable<string> QuotedTextAsUsersSeeIt(KnowledgeGraphStore store) => store.Connection.Query<string>(
        "SELECT substr(d.text, q.start + 1, q.\"end\" - q.start) FROM quotes q JOIN documents d ON d.id = q.document_id ORDER BY q.start");
}
