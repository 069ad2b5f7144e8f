using System.Text;
using KnowledgeGraph.Core.Documents;
using KnowledgeGraph.Extraction.Ingest;

namespace KnowledgeGraph.Extraction.Tests.Ingest;

public sealed class DocumentPartsTests
{
    private static Document Article(string text) =>
        new("dumps/harbour-log.txt", "Harbour log", "Harbour Radio", "https://example.org/log", new DateOnly(2025, 3, 11), "Ana Ruiz", "LISBON", text, ContentHash.Of(text));

    /// <summary>
    /// The parts are the text in order with nothing lost but whitespace at the cuts: each part is found where the
    /// previous one ended, after whitespace only, and the text ends with whitespace only after the last part.
    /// </summary>
    private static void AssertPartsCoverText(string text, IReadOnlyList<Document> parts)
    {
        var at = 0;
        foreach (var part in parts)
        {
            var gap = 0;
            while (at + gap < text.Length && char.IsWhiteSpace(text[at + gap]) && !text.AsSpan(at + gap).StartsWith(part.Text, StringComparison.Ordinal))
            {
                gap++;
            }

            Assert.True(text.AsSpan(at + gap).StartsWith(part.Text, StringComparison.Ordinal), $"Part '{Head(part.Text)}' is not the text at offset {at + gap}.");
            at += gap + part.Text.Length;
        }

        Assert.True(string.IsNullOrWhiteSpace(text[at..]), "Text after the last part is more than whitespace.");
        Assert.Equal(Squeeze(text), string.Concat(parts.Select(p => Squeeze(p.Text))));
    }

    private static string Squeeze(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    private static string Head(string text) => text.Length <= 20 ? text : text[..20];

    [Fact]
    public void A_document_at_the_limit_is_returned_as_it_is()
    {
        var text = new string('a', 40) + " " + new string('b', 39);
        var document = Article(text);

        var parts = DocumentParts.Split(document, maxCharacters: 80);

        Assert.Same(document, Assert.Single(parts));
    }

    [Fact]
    public void A_document_under_the_default_limit_is_returned_as_it_is()
    {
        var document = Article("Ana Ruiz met Tomas Berg in Lisbon on Tuesday.");

        Assert.Same(document, Assert.Single(DocumentParts.Split(document)));
    }

    [Fact]
    public void A_limit_below_two_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => DocumentParts.Split(Article("Short."), maxCharacters: 1));
    }

    [Fact]
    public void A_document_one_character_over_the_limit_is_cut()
    {
        var text = new string('a', 40) + " " + new string('b', 40);

        var parts = DocumentParts.Split(Article(text), maxCharacters: 80);

        Assert.Equal([new string('a', 40), new string('b', 40)], parts.Select(p => p.Text));
    }

    [Fact]
    public void A_paragraph_break_is_preferred_to_a_later_line_break_sentence_end_or_space()
    {
        // Limit 60: the paragraph break sits in the second half, with a line break, a sentence end and spaces after it.
        var text = "The harbour board met on Tuesday morning.\n\nPilots\nwaited. Ships idle now and then more text follows here.";

        var first = DocumentParts.Split(Article(text), maxCharacters: 60)[0];

        Assert.Equal("The harbour board met on Tuesday morning.", first.Text);
    }

    [Fact]
    public void A_line_break_is_preferred_to_a_later_sentence_end_or_space()
    {
        var text = "The harbour board met on Tuesday morning\nPilots waited. Ships idle now and then more text follows here.";

        var first = DocumentParts.Split(Article(text), maxCharacters: 60)[0];

        Assert.Equal("The harbour board met on Tuesday morning", first.Text);
    }

    [Fact]
    public void A_sentence_end_is_preferred_to_a_later_space()
    {
        var text = "The harbour board met on Tuesday. Pilots waited as ships idled and more text follows here.";

        var first = DocumentParts.Split(Article(text), maxCharacters: 60)[0];

        Assert.Equal("The harbour board met on Tuesday.", first.Text);
    }

    [Fact]
    public void With_no_break_the_last_space_in_the_window_is_the_cut()
    {
        var text = "The harbour board met on Tuesday morning while pilots waited for the tide to turn again";

        var first = DocumentParts.Split(Article(text), maxCharacters: 60)[0];

        // The window of 60 ends just before the space after "waited", so the last space inside it is before "waited".
        Assert.Equal("The harbour board met on Tuesday morning while pilots", first.Text);
    }

    [Fact]
    public void A_tab_is_a_space_to_cut_at()
    {
        var text = new string('a', 35) + "\t" + new string('b', 30);

        var parts = DocumentParts.Split(Article(text), maxCharacters: 50);

        Assert.Equal([new string('a', 35), new string('b', 30)], parts.Select(p => p.Text));
    }

    [Fact]
    public void A_break_in_the_first_half_of_the_window_is_not_used()
    {
        // The only break lies at offset 10 of a 60-character window: cutting there would make parts of ten characters.
        var text = new string('a', 10) + "\n\n" + new string('b', 100);

        var parts = DocumentParts.Split(Article(text), maxCharacters: 60);

        Assert.Equal(60, parts[0].Text.Length);
        Assert.StartsWith(new string('a', 10) + "\n\n", parts[0].Text, StringComparison.Ordinal);
        AssertPartsCoverText(text, parts);
    }

    [Fact]
    public void With_no_break_at_all_the_text_is_cut_at_the_limit()
    {
        var text = new string('x', 130);

        var parts = DocumentParts.Split(Article(text), maxCharacters: 50);

        Assert.Equal([50, 50, 30], parts.Select(p => p.Text.Length));
        Assert.Equal(text, string.Concat(parts.Select(p => p.Text)));
    }

    [Fact]
    public void A_hard_cut_never_splits_a_surrogate_pair()
    {
        // Each emoji is two chars; after one letter, every even limit would land between the halves of a pair.
        var text = "a" + string.Concat(Enumerable.Repeat("\U0001F6A2", 40));

        var parts = DocumentParts.Split(Article(text), maxCharacters: 10);

        Assert.Equal(text, string.Concat(parts.Select(p => p.Text)));
        Assert.All(parts, part =>
        {
            Assert.InRange(part.Text.Length, 1, 10);
            Assert.False(char.IsLowSurrogate(part.Text[0]), "A part starts with the second half of a pair.");
            Assert.False(char.IsHighSurrogate(part.Text[^1]), "A part ends with the first half of a pair.");
            Assert.True(part.Text.EnumerateRunes().All(rune => rune != Rune.ReplacementChar));
        });
    }

    [Fact]
    public void Every_part_is_within_the_limit_and_the_parts_cover_the_text()
    {
        var random = new Random(20250311);
        var words = new[] { "harbour", "pilots", "waited", "Lisbon", "ships", "tide", "board", "\U0001F6A2", "talks" };
        var builder = new StringBuilder();
        while (builder.Length < 5_000)
        {
            builder.Append(words[random.Next(words.Length)]);
            builder.Append(random.Next(12) switch
            {
                0 => ". ",
                1 => "\n",
                2 => "\n\n",
                3 => "  ",
                4 => string.Empty,
                _ => " ",
            });
        }

        var text = builder.ToString();
        foreach (var limit in new[] { 2, 3, 7, 64, 301, 1000 })
        {
            var parts = DocumentParts.Split(Article(text), maxCharacters: limit);

            Assert.True(parts.Count > 1);
            Assert.All(parts, part => Assert.InRange(part.Text.Length, 1, limit));
            Assert.All(parts, part => Assert.False(char.IsWhiteSpace(part.Text[^1])));
            Assert.All(parts, part => Assert.False(char.IsHighSurrogate(part.Text[^1])));
            AssertPartsCoverText(text, parts);
        }
    }

    [Fact]
    public void Whitespace_at_a_cut_is_dropped_from_both_parts()
    {
        var text = new string('a', 40) + " \n\n \t" + new string('b', 40);

        var parts = DocumentParts.Split(Article(text), maxCharacters: 60);

        Assert.Equal([new string('a', 40), new string('b', 40)], parts.Select(p => p.Text));
    }

    [Fact]
    public void Parts_are_named_by_number_and_count_after_the_path_and_title()
    {
        // Nine sentences of 27 characters: cut after the third and the sixth.
        var text = string.Join(' ', Enumerable.Repeat("Pilots waited for the tide.", 9));

        var parts = DocumentParts.Split(Article(text), maxCharacters: 100);

        Assert.Equal(3, parts.Count);
        Assert.Equal(["dumps/harbour-log.txt#part1", "dumps/harbour-log.txt#part2", "dumps/harbour-log.txt#part3"], parts.Select(p => p.Path));
        Assert.Equal(["Harbour log (part 1 of 3)", "Harbour log (part 2 of 3)", "Harbour log (part 3 of 3)"], parts.Select(p => p.Title));
    }

    [Fact]
    public void Each_part_carries_the_hash_of_its_own_text_and_the_documents_metadata()
    {
        var document = Article(string.Join(' ', Enumerable.Range(1, 10).Select(i => $"Pilot {i} waited for the tide.")));

        var parts = DocumentParts.Split(document, maxCharacters: 100);

        Assert.All(parts, part =>
        {
            Assert.Equal(ContentHash.Of(part.Text), part.ContentHash);
            Assert.Equal((document.Source, document.Url, document.Published, document.Byline, document.Dateline), (part.Source, part.Url, part.Published, part.Byline, part.Dateline));
        });
        Assert.Equal(parts.Count, parts.Select(p => p.ContentHash).Distinct(StringComparer.Ordinal).Count());
        Assert.DoesNotContain(document.ContentHash, parts.Select(p => p.ContentHash));
    }

    [Fact]
    public void The_default_limit_cuts_a_very_long_document_at_paragraphs()
    {
        var paragraph = string.Join(' ', Enumerable.Repeat("The harbour board met on Tuesday and the pilots waited.", 20));
        var text = string.Join("\n\n", Enumerable.Repeat(paragraph, 400));
        Assert.True(text.Length > DocumentParts.MaxCharacters);

        var parts = DocumentParts.Split(Article(text));

        Assert.All(parts.SkipLast(1), part => Assert.InRange(part.Text.Length, DocumentParts.MaxCharacters / 2, DocumentParts.MaxCharacters));
        Assert.All(parts, part => Assert.EndsWith("waited.", part.Text, StringComparison.Ordinal));
        Assert.All(parts, part => Assert.Equal(0, (part.Text.Length + 2) % (paragraph.Length + 2)));
        AssertPartsCoverText(text, parts);
    }
}
